package id.go.jogjaprov.warta.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL on 127.0.0.1:5432: the machine's server when one runs there (as {@code postgres}, with
 * trust authentication or the password in {@code PGPASSWORD}), otherwise an embedded PostgreSQL 15
 * from Maven Central on the same port, so that every URL stays the same. Two roles, as in
 * production: {@code warta_owner} owns the database and runs the migrations; Warta connects as
 * {@code warta}, which owns nothing and holds only what the migrations grant it.
 */
final class Postgres implements AutoCloseable {

  static final int PORT = 5432;
  static final String USER = "warta";
  static final String PASSWORD = "warta";
  static final String OWNER = "warta_owner";
  static final String OWNER_PASSWORD = "warta_owner";

  private final EmbeddedPostgres embedded;

  private Postgres(EmbeddedPostgres embedded) {
    this.embedded = embedded;
  }

  static Postgres ensure() {
    if (listening()) {
      System.out.println("[warta] PostgreSQL: using the server on 127.0.0.1:" + PORT);
      return new Postgres(null);
    }
    System.out.println(
        "[warta] PostgreSQL: none on 127.0.0.1:" + PORT + ", starting an embedded one");
    try {
      EmbeddedPostgres embedded =
          EmbeddedPostgres.builder()
              .setPort(PORT)
              .setDataDirectory(StackLocations.cacheDir().resolve("postgres"))
              .setCleanDataDirectory(false)
              .setServerConfig("listen_addresses", "127.0.0.1")
              .start();
      return new Postgres(embedded);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  /**
   * Creates the roles and the database if missing; {@code fresh} drops the database first. A
   * database from before the two roles (everything owned by {@code warta}) is handed to the owner.
   */
  void prepare(String database, boolean fresh) {
    try (Connection admin = superuser("postgres");
        Statement sql = admin.createStatement()) {
      createRole(sql, OWNER, OWNER_PASSWORD);
      createRole(sql, USER, PASSWORD);
      if (fresh) {
        sql.execute("drop database if exists " + database + " with (force)");
      }
      var exists = sql.executeQuery("select 1 from pg_database where datname = '" + database + "'");
      if (!exists.next()) {
        sql.execute(
            "create database "
                + database
                + " owner "
                + OWNER
                + " encoding 'UTF8' template template0");
        return;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not prepare database " + database, e);
    }
    try (Connection existing = superuser(database);
        Statement sql = existing.createStatement()) {
      sql.execute("reassign owned by " + USER + " to " + OWNER);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not hand database " + database + " to " + OWNER, e);
    }
  }

  private static void createRole(Statement sql, String role, String password) throws SQLException {
    sql.execute(
        "do $$ begin if not exists (select from pg_roles where rolname = '"
            + role
            + "') then "
            + "create role "
            + role
            + " login password '"
            + password
            + "'; end if; end $$");
  }

  /**
   * A connection as the server's superuser, for setting up and for tests that play the intruder.
   */
  static Connection superuser(String database) throws SQLException {
    return DriverManager.getConnection(
        url(database), "postgres", System.getenv().getOrDefault("PGPASSWORD", ""));
  }

  static String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + PORT + "/" + database;
  }

  private static boolean listening() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", PORT), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        System.err.println("[warta] embedded PostgreSQL did not stop cleanly: " + e.getMessage());
      }
    }
  }
}
