package id.go.jogjaprov.warta.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
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

  /** What the integration tests' Payara keeps outside the database. */
  private static final Path STATE =
      Path.of(System.getProperty("java.io.tmpdir"), "state-" + DATABASE);

  /** Where the integration tests' Payara anchors the audit trail. */
  public static final Path AUDIT_ANCHOR = PayaraMicro.auditAnchor(STATE);

  /** The roles the tests connect as when they play the database's owner or Warta's runtime role. */
  public static final String OWNER = Postgres.OWNER;

  public static final String OWNER_PASSWORD = Postgres.OWNER_PASSWORD;
  public static final String RUNTIME = Postgres.USER;
  public static final String RUNTIME_PASSWORD = Postgres.PASSWORD;
  public static final String AUDIT_KEY = PayaraMicro.DEV_AUDIT_KEY;

  /** A JDBC URL of the tests' database. */
  public static String databaseUrl() {
    return Postgres.url(DATABASE);
  }

  /** Shared with the tests, which prepare databases of their own on it (SeparateWarta). */
  private static Postgres postgres;

  static Postgres postgres() {
    return postgres;
  }

  /** Shared with the tests (same class loader), which stop and start it to play an outage. */
  private static Keycloak keycloak;

  /** The integration tests' mail server: a real SMTP server on loopback (GreenMail). */
  private static GreenMail mail;

  /** Where the tests' mail server listens. */
  static final int SMTP_PORT = Integer.getInteger("warta.it.smtp.port", 3025);

  /** Every message the tests' Warta has sent so far. */
  public static List<MimeMessage> receivedMail() {
    return List.of(mail.getReceivedMessages());
  }

  /** Whether this test session started Keycloak itself, and so can take it away for a test. */
  public static boolean controlsKeycloak() {
    return keycloak != null && keycloak.startedHere();
  }

  /** Stops Keycloak, as an outage would. */
  public static void stopKeycloak() {
    keycloak.close();
  }

  /** Starts Keycloak again with the same realm and signing keys. */
  public static void startKeycloak() {
    keycloak = keycloak.restarted();
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("warta.devstack")) {
      return;
    }
    postgres = Postgres.ensure();
    postgres.prepare(DATABASE, true);
    keycloak = Keycloak.ensure();
    mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    try {
      Path settings = Path.of(System.getProperty("java.io.tmpdir"), "warta-it.properties");
      // The database is new: so is its audit trail, and an old anchor would report it cut.
      Keycloak.deleteTree(STATE);
      var wartaSettings =
          PayaraMicro.wartaSettings(
              DATABASE,
              "http://127.0.0.1:" + System.getProperty("warta.it.http.port", "8280") + "/warta/",
              STATE);
      // Compare clearances with Keycloak every few seconds, so that a test sees an alert soon.
      wartaSettings.setProperty("warta.directory.reconcile-every", "PT5S");
      // Look for lifted embargoes and notices every second: a test waits seconds, not minutes.
      wartaSettings.setProperty("warta.publication.check-every", "PT1S");
      wartaSettings.setProperty("warta.notices.check-every", "PT1S");
      // Harvest in pages of three records, so that a test follows resumption tokens.
      wartaSettings.setProperty("warta.oai.page-size", "3");
      wartaSettings.setProperty("warta.mail.host", "127.0.0.1");
      wartaSettings.setProperty("warta.mail.port", Integer.toString(SMTP_PORT));
      PayaraMicro.writeSystemProperties(settings, wartaSettings);
      Path preBoot = Path.of(System.getProperty("java.io.tmpdir"), "warta-it-pre-boot.asadmin");
      java.nio.file.Files.writeString(preBoot, PayaraMicro.bindToLoopbackCommand() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (mail != null) {
      mail.stop();
    }
    if (keycloak != null) {
      keycloak.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }
}
