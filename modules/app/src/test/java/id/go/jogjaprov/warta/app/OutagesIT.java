package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.jogjaprov.warta.devstack.TestStack;
import id.go.jogjaprov.warta.devstack.WartaApiClient;
import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Warta when what it depends on goes away: PostgreSQL restarting under traffic, and Keycloak down.
 * Both failed before the hardening issue (a restart left every request at 500 until Payara was
 * restarted; a Keycloak outage gave an empty 500 and rejected valid tokens).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@OwnPayara
class OutagesIT extends WartaIT {

  private final WartaApiClient server =
      new WartaApiClient("http://127.0.0.1:" + System.getProperty("warta.it.http.port", "8280"));

  /** Runs first, so that this Warta has verified no token yet when Keycloak goes away. */
  @Test
  @Order(1)
  void whileKeycloakIsAwayValidTokensKeepWorkingAndSignInSaysItIsUnavailable() {
    assumeTrue(
        TestStack.controlsKeycloak(),
        "Keycloak was running before the tests: this session cannot take it away");
    String staff = token("staf.humas");
    TestStack.stopKeycloak();
    try {
      assertEquals(
          200, api.get("/api/releases", staff).status(), "a token still valid keeps working");
      var page = PageSession.anonymous().get("/app/dashboard.xhtml");
      assertEquals(503, page.statusCode(), page.body());
      assertTrue(
          page.body().contains("Layanan masuk (SSO) sedang tidak dapat dihubungi"), page.body());
      Response ready = server.get("/health/ready", null);
      assertEquals(200, ready.status(), "the portal stays ready: " + ready.body());
      assertTrue(ready.body().contains("\"signIn\":\"DOWN\""), ready.body());
      assertEquals(200, api.get("/api/public/releases", null).status());
      assertEquals(503, api.get("/api/public/status/sign-in", null).status());
    } finally {
      TestStack.startKeycloak();
    }
    assertTrue(
        within(
            Duration.ofSeconds(20),
            () -> api.get("/api/public/status/sign-in", null).status() == 200));
  }

  @Test
  @Order(2)
  void wartaComesBackByItselfAfterPostgresqlRestartsUnderTrafficAndLosesNothing() throws Exception {
    String staff = token("staf.humas");
    String existing = createDraft("staf.humas", "BIASA", "Sebelum gangguan", "Isi").getString("id");
    String lost = "gangguan" + UUID.randomUUID().toString().substring(0, 8);
    Traffic traffic = new Traffic();
    traffic.start();
    try {
      databaseGoesAway();
      long started = System.nanoTime();
      Response during =
          api.post(
              "/api/releases",
              staff,
              "{\"type\":\"NEWS\",\"title\":\""
                  + lost
                  + "\",\"body\":\"Isi\",\"classification\":\"BIASA\"}");
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertEquals(503, during.status(), during.body());
      assertTrue(during.header("Content-Type").startsWith("application/problem+json"));
      assertTrue(millis < 15_000, "failed fast, not after a long wait: " + millis + " ms");
      assertEquals(503, api.get("/api/releases/" + existing, staff).status());
      assertEquals(
          503, server.get("/health/ready", null).status(), "not ready without its database");
    } finally {
      databaseComesBack();
    }
    long back = System.nanoTime();
    assertTrue(
        within(Duration.ofSeconds(30), () -> api.get("/api/public/releases", null).status() == 200),
        "serves again by itself once PostgreSQL is back");
    System.out.println(
        "[outage] Warta served again "
            + (System.nanoTime() - back) / 1_000_000
            + " ms after PostgreSQL came back");
    traffic.finish();
    assertTrue(
        traffic.statuses().stream().allMatch(status -> status == 200 || status == 503),
        traffic.statuses().toString());
    assertTrue(
        traffic.longest() < 15_000,
        "no request hung: the longest took " + traffic.longest() + " ms");
    assertEquals(200, server.get("/health/ready", null).status());

    String marker = "pulih" + UUID.randomUUID().toString().substring(0, 8);
    String id =
        createDraft("staf.humas", "BIASA", "Pelatihan setelah gangguan " + marker, "Isi " + marker)
            .getString("id");
    publish(id, "staf.humas", "kabid.humas");
    assertEquals(
        1,
        api.get("/api/archive/search?q=" + marker, token("arsiparis"))
            .json()
            .getJsonNumber("total")
            .longValue());
    assertFalse(
        everyItem("/api/releases", staff).toString().contains(lost),
        "the draft refused during the outage is nowhere");
    assertTrue(
        api.get("/api/audit/verify", token("auditor.inspektorat")).json().getBoolean("intact"));
  }

  /** What a PostgreSQL restart does to Warta: every connection closed, no new one for a while. */
  private static void databaseGoesAway() throws SQLException {
    try (Connection admin = superuser();
        Statement sql = admin.createStatement()) {
      sql.execute("alter database " + TestStack.DATABASE + " allow_connections false");
      sql.execute(
          "select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
              + TestStack.DATABASE
              + "'");
    }
  }

  private static void databaseComesBack() throws SQLException {
    try (Connection admin = superuser();
        Statement sql = admin.createStatement()) {
      sql.execute("alter database " + TestStack.DATABASE + " allow_connections true");
    }
  }

  private static boolean within(Duration limit, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  /** Citizens reading the portal throughout: every answer's status and how long it took. */
  private final class Traffic extends Thread {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Integer> statuses = new CopyOnWriteArrayList<>();
    private final List<Long> millis = new CopyOnWriteArrayList<>();

    Traffic() {
      setDaemon(true);
    }

    @Override
    public void run() {
      while (running.get()) {
        long started = System.nanoTime();
        int status;
        try {
          status = api.get("/api/public/releases", null).status();
        } catch (RuntimeException noAnswer) {
          status = -1;
        }
        statuses.add(status);
        millis.add((System.nanoTime() - started) / 1_000_000);
      }
    }

    void finish() throws InterruptedException {
      running.set(false);
      join(20_000);
    }

    List<Integer> statuses() {
      return statuses;
    }

    long longest() {
      return millis.stream().mapToLong(Long::longValue).max().orElse(0);
    }
  }
}
