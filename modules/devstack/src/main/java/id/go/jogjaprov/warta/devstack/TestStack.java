package id.go.jogjaprov.warta.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Brings up what the integration tests need before the first test runs: PostgreSQL with a fresh
 * {@code warta_it} database and Keycloak with the realm, and writes the settings file that the
 * Arquillian-managed Payara Micro reads. Stops what it started when the session ends. Active only
 * where the build sets {@code warta.devstack=true} (the failsafe run of the app module).
 */
public class TestStack implements LauncherSessionListener {

  /** The integration tests' database, created afresh for every test session. */
  public static final String DATABASE = "warta_it";

  private Postgres postgres;
  private Keycloak keycloak;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("warta.devstack")) {
      return;
    }
    postgres = Postgres.ensure();
    postgres.prepare(DATABASE, true);
    keycloak = Keycloak.ensure();
    try {
      Path settings = Path.of(System.getProperty("java.io.tmpdir"), "warta-it.properties");
      PayaraMicro.writeSystemProperties(settings, PayaraMicro.wartaSettings(DATABASE,
          "http://127.0.0.1:" + System.getProperty("warta.it.http.port", "8280") + "/warta/"));
      Path preBoot = Path.of(System.getProperty("java.io.tmpdir"), "warta-it-pre-boot.asadmin");
      java.nio.file.Files.writeString(preBoot, PayaraMicro.bindToLoopbackCommand() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (keycloak != null) {
      keycloak.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }
}
