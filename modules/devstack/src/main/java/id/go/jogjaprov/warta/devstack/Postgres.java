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
 * trust authentication or the password in {@code PGPASSWORD}), otherwise an embedded PostgreSQL 15 from Maven Central on the same port, so
 * that every URL stays the same. Warta connects as the role {@code warta}.
 */
final class Postgres implements AutoCloseable {

  static final int PORT = 5432;
  static final String USER = "warta";
  static final String PASSWORD = "warta";

  private final EmbeddedPostgres embedded;

  private Postgres(EmbeddedPostgres embedded) {
    this.embedded = embedded;
  }

  static Postgres ensure() {
    if (listening()) {
      System.out.println("[warta] PostgreSQL: using the server on 127.0.0.1:" + PORT);
      return new Postgres(null);
    }
    System.out.println("[warta] PostgreSQL: none on 127.0.0.1:" + PORT + ", starting an embedded one");
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

  /** Creates the role and the database if missing; {@code fresh} drops the database first. */
  void prepare(String database, boolean fresh) {
    try (Connection admin = DriverManager.getConnection(url("postgres"), "postgres", System.getenv().getOrDefault("PGPASSWORD", ""));
        Statement sql = admin.createStatement()) {
      sql.execute(
          "do $$ begin if not exists (select from pg_roles where rolname = '" + USER + "') then "
              + "create role " + USER + " login password '" + PASSWORD + "'; end if; end $$");
      if (fresh) {
        sql.execute("drop database if exists " + database + " with (force)");
      }
      var exists = sql.executeQuery("select 1 from pg_database where datname = '" + database + "'");
      if (!exists.next()) {
        sql.execute("create database " + database + " owner " + USER + " encoding 'UTF8' template template0");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not prepare database " + database, e);
    }
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
