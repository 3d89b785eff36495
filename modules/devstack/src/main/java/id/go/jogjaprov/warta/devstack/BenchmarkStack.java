package id.go.jogjaprov.warta.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The stack a benchmark measures: PostgreSQL, Keycloak with the demo realm and Warta on its own
 * database and port, on loopback. The database and Warta's state (its archive index among it) are
 * kept between runs unless a fresh start is asked for, so that a million records are loaded once.
 */
public final class BenchmarkStack implements AutoCloseable {

  private final String database;
  private final int port;
  private final Path war;
  private final Properties settings;
  private final Path indexDirectory;
  private final Postgres postgres;
  private final Keycloak keycloak;
  private PayaraMicro payara;

  private BenchmarkStack(String database, int port, Path war, boolean fresh) {
    this.database = database;
    this.port = port;
    this.war = war;
    postgres = Postgres.ensure();
    Path state = StackLocations.cacheDir().resolve("state-" + database);
    if (fresh) {
      try {
        Keycloak.deleteTree(state);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    postgres.prepare(database, fresh);
    keycloak = Keycloak.ensure();
    settings = PayaraMicro.wartaSettings(database, PayaraMicro.baseUrl(port) + "/", state);
    indexDirectory = Path.of(settings.getProperty("warta.archives.index-directory"));
  }

  /** PostgreSQL and Keycloak running, {@code database} prepared (emptied when {@code fresh}). */
  public static BenchmarkStack prepare(String database, int port, Path war, boolean fresh) {
    return new BenchmarkStack(database, port, war, fresh);
  }

  /** Starts Warta (which migrates the database) and waits until it is ready. */
  public void startWarta() {
    payara = PayaraMicro.start(war, port, settings, "payara-benchmark-" + port);
  }

  /**
   * Stops Warta, deletes its archive index, as a new index layout has it rebuilt, and starts it
   * again: it rebuilds the index from the database in the background.
   */
  public void restartWartaWithoutIndex() {
    payara.close();
    payara = null;
    try {
      Keycloak.deleteTree(indexDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    startWarta();
  }

  public long wartaPid() {
    return payara.pid();
  }

  public String baseUrl() {
    return PayaraMicro.baseUrl(port);
  }

  /** A connection as the database's owner, for loading records as the import would store them. */
  public Connection owner() throws SQLException {
    return DriverManager.getConnection(
        Postgres.url(database), Postgres.OWNER, Postgres.OWNER_PASSWORD);
  }

  @Override
  public void close() {
    if (payara != null) {
      payara.close();
    }
    keycloak.close();
    postgres.close();
  }
}
