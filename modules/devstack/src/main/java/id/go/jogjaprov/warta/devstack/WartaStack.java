package id.go.jogjaprov.warta.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The run command: PostgreSQL, Keycloak with the realm and Payara Micro with the WAR on
 * http://127.0.0.1:8080, demo content seeded; Ctrl-C stops all of it.
 */
public final class WartaStack {

  static final int HTTP_PORT = 8080;
  static final String DATABASE = "warta";

  private WartaStack() {}

  /**
   * What Warta keeps outside the database for {@code database}: the audit trail's anchored head and
   * the last good copy of Keycloak's signing keys. Kept as long as the database is.
   */
  static Path stateDir(String database) {
    return StackLocations.cacheDir().resolve("state-" + database);
  }

  public static void main(String[] args) throws InterruptedException {
    Path war = Path.of(args.length > 0 ? args[0] : "modules/app/target/warta.war").toAbsolutePath();
    if (!Files.isRegularFile(war)) {
      throw new IllegalStateException("No WAR at " + war + ": build it first (mvn -Prun package)");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Postgres postgres = Postgres.ensure();
    postgres.prepare(DATABASE, false);
    Keycloak keycloak = Keycloak.ensure();
    PayaraMicro payara =
        PayaraMicro.start(
            war,
            HTTP_PORT,
            PayaraMicro.wartaSettings(
                DATABASE, PayaraMicro.baseUrl(HTTP_PORT) + "/", stateDir(DATABASE)));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  payara.close();
                  keycloak.close();
                  postgres.close();
                  stopped.countDown();
                }));
    new DemoSeeder(PayaraMicro.baseUrl(HTTP_PORT)).seed();
    System.out.println(
        """

        ==============================================================
         Warta is running: %s
         Keycloak:         %s  (admin console: admin / admin)
         Demo logins (password for all: %s):
           staf.humas        staff, Bidang Humas, Terbatas
           kabid.humas       department-head, Bidang Humas, Rahasia
           kadis.kominfo     agency-head, Diskominfo DIY, Sangat Rahasia
           staf.pariwisata   staff, Dinas Pariwisata, Terbatas
           kabid.pariwisata  department-head, Dinas Pariwisata, Rahasia
           kadis.pariwisata  agency-head, Dinas Pariwisata, Sangat Rahasia
           sekda.diy         agency-head, Pemda DIY, Sangat Rahasia
           asisten.sekda     agency-head, Pemda DIY, Sangat Rahasia
           arsiparis         archivist, Rahasia
           admin.sso         admin, no clearance
           admin.kedua       admin (confirms Sangat Rahasia clearances), no clearance
           auditor.inspektorat auditor, Inspektorat, no clearance
           tamu              signed in, no role (is refused)
         Press Ctrl-C to stop everything.
        ==============================================================
        """
            .formatted(
                PayaraMicro.baseUrl(HTTP_PORT), Keycloak.realmUrl(), WartaApiClient.DEMO_PASSWORD));
    stopped.await();
  }
}
