package id.go.jogjaprov.warta.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A Warta of a test's own beside the integration tests' Payara: the same WAR and Keycloak, its own
 * database, port and state, stopped and started by the test, e.g. to show what survives a restart.
 * Only within a test session that brought the stack up ({@link TestStack}).
 */
public final class SeparateWarta implements AutoCloseable {

  private final Path war;
  private final String database;
  private final int port;
  private final Properties settings;
  private PayaraMicro payara;

  private SeparateWarta(Path war, String database, int port, Properties settings) {
    this.war = war;
    this.database = database;
    this.port = port;
    this.settings = settings;
  }

  /**
   * A fresh database {@code database} and settings for a Warta on 127.0.0.1:{@code port}; {@code
   * extraSettings} add to or override the stack's.
   */
  public static SeparateWarta prepare(
      Path war, String database, int port, Properties extraSettings) {
    TestStack.postgres().prepare(database, true);
    try {
      Path state = Files.createTempDirectory("state-" + database);
      Properties settings = PayaraMicro.wartaSettings(database, baseUrl(port) + "/", state);
      settings.putAll(extraSettings);
      return new SeparateWarta(war, database, port, settings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Its database, for a test that looks at what is stored while Warta is down. */
  public String databaseUrl() {
    return Postgres.url(database);
  }

  /** Where it serves the WAR (at the root, not under /warta). */
  public String baseUrl() {
    return baseUrl(port);
  }

  private static String baseUrl(int port) {
    return PayaraMicro.baseUrl(port);
  }

  /** Starts Payara Micro and waits until Warta is ready. */
  public void start() {
    payara = PayaraMicro.start(war, port, settings, "payara-separate-" + port);
  }

  /** Stops Payara Micro, as an operator would. */
  public void stop() {
    if (payara != null) {
      payara.close();
      payara = null;
    }
  }

  /** Kills Payara Micro mid-work ({@code kill -9}): nothing it was doing is finished or undone. */
  public void kill() {
    if (payara != null) {
      payara.kill();
      payara = null;
    }
  }

  @Override
  public void close() {
    stop();
  }
}
