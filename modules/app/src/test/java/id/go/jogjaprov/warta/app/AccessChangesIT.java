package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.TestStack;
import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Access changes take effect without a restart: explicit grants give need-to-know to one official,
 * never clearance, and expire by themselves; a clearance taken away in Keycloak stops working with
 * the official's next token (access tokens live at most five minutes).
 */
class AccessChangesIT extends WartaIT {

  private String terbatasDraftOfHumas() {
    return createDraft("staf.humas", "TERBATAS", "Bahan bersama", "Isi " + UUID.randomUUID())
        .getString("id");
  }

  private Response share(String id, String by, String to, Instant until) {
    JsonObject grant =
        Json.createObjectBuilder()
            .add("user", to)
            .add("reason", "Koordinasi liputan bersama")
            .add("until", until.toString())
            .build();
    return api.post("/api/releases/" + id + "/grants", token(by), grant.toString());
  }

  @Test
  void aGrantGivesOneClearedOfficialOfAnotherUnitTheItemAndNobodyElse() {
    String id = terbatasDraftOfHumas();
    assertEquals(404, api.get("/api/releases/" + id, token("staf.pariwisata")).status());

    assertEquals(
        201,
        share(id, "kabid.humas", "staf.pariwisata", Instant.now().plus(1, ChronoUnit.DAYS))
            .status());

    assertEquals(200, api.get("/api/releases/" + id, token("staf.pariwisata")).status());
    assertTrue(
        ids(everyItem("/api/releases", token("staf.pariwisata"))).contains(id),
        "the grant reaches lists too");
    assertEquals(
        404,
        api.get("/api/releases/" + id, token("kabid.pariwisata")).status(),
        "only the named official");

    String grantee = token("staf.pariwisata");
    assertEquals(
        403,
        api.put(
                "/api/releases/" + id,
                grantee,
                "{\"type\":\"NEWS\",\"title\":\"Diubah\",\"body\":\"Diubah\",\"classification\":\"TERBATAS\"}",
                "\"0\"")
            .status(),
        "a grant is for reading only");
    assertEquals(403, api.post("/api/releases/" + id + "/submit", grantee, "{}").status());
    assertEquals(
        403,
        api.post(
                "/api/releases/" + id + "/classification",
                grantee,
                "{\"level\":\"BIASA\",\"reason\":\"coba\"}")
            .status());
    assertEquals(
        "Bahan bersama",
        api.get("/api/releases/" + id, token("staf.humas")).json().getString("title"));
    assertTrue(
        api.get("/api/audit?item=" + id + "&action=GRANT", token("auditor.inspektorat"))
            .body()
            .contains("kabid.humas"));
  }

  @Test
  void aGrantNeverLiftsClearance() {
    String id = terbatasDraftOfHumas();
    assertEquals(
        201,
        share(id, "kabid.humas", "admin.sso", Instant.now().plus(1, ChronoUnit.DAYS)).status());
    assertEquals(
        404,
        api.get("/api/releases/" + id, token("admin.sso")).status(),
        "admin holds no Terbatas clearance");
  }

  @Test
  void anExpiredGrantOpensNothing() throws SQLException {
    String id = terbatasDraftOfHumas();
    assertEquals(
        201,
        share(id, "kabid.humas", "staf.pariwisata", Instant.now().plus(1, ChronoUnit.HOURS))
            .status());
    assertEquals(200, api.get("/api/releases/" + id, token("staf.pariwisata")).status());

    expireGrantsOn(id);

    assertEquals(404, api.get("/api/releases/" + id, token("staf.pariwisata")).status());
  }

  @Test
  void onlyTheUnitLineSharesAndNeverIntoThePast() {
    String id = terbatasDraftOfHumas();
    assertEquals(
        400,
        share(id, "kabid.humas", "staf.pariwisata", Instant.now().minus(1, ChronoUnit.DAYS))
            .status());
    assertEquals(
        404,
        share(id, "kabid.pariwisata", "staf.pariwisata", Instant.now().plus(1, ChronoUnit.DAYS))
            .status());
    assertEquals(404, api.get("/api/releases/" + id, token("staf.pariwisata")).status());
  }

  @Test
  void aClearanceTakenAwayInKeycloakStopsWorkingWithTheNextToken() {
    JsonObject draft =
        Json.createObjectBuilder()
            .add("type", "NEWS")
            .add("title", "Bahan terbatas pariwisata")
            .add("body", "Isi " + UUID.randomUUID())
            .add("classification", "TERBATAS")
            .build();
    String before = token("staf.pariwisata");
    String id = api.post("/api/releases", before, draft.toString()).json().getString("id");
    assertEquals(200, api.get("/api/releases/" + id, before).status());
    assertTrue(lifetimeSeconds(before) <= 300, "access tokens live at most five minutes");

    KeycloakAdmin keycloak = new KeycloakAdmin();
    keycloak.removeRealmRole("staf.pariwisata", "clearance-terbatas");
    try {
      assertEquals(404, api.get("/api/releases/" + id, token("staf.pariwisata")).status());
    } finally {
      keycloak.addRealmRole("staf.pariwisata", "clearance-terbatas");
    }
    assertEquals(200, api.get("/api/releases/" + id, token("staf.pariwisata")).status());
  }

  @Test
  void aBrowserSessionLosesAClearanceWhenItsTokenIsRefreshed() throws InterruptedException {
    String id =
        createDraft("staf.pariwisata", "TERBATAS", "Bahan sesi", "Isi " + UUID.randomUUID())
            .getString("id");
    PageSession browser = PageSession.signedIn("staf.pariwisata");
    String page = "/app/release.xhtml?id=" + id;
    assertEquals(200, browser.get(page).statusCode());

    KeycloakAdmin keycloak = new KeycloakAdmin();
    keycloak.removeRealmRole("staf.pariwisata", "clearance-terbatas");
    try {
      // Browser sessions hold a one-minute access token (warta-web's lifespan) and refresh it.
      Thread.sleep(Duration.ofSeconds(65).toMillis());
      assertEquals(
          404,
          browser.get(page).statusCode(),
          "the refreshed token no longer carries the clearance");
    } finally {
      keycloak.addRealmRole("staf.pariwisata", "clearance-terbatas");
    }
  }

  @Test
  void anAdministratorChangesAClearanceThroughWartaAndItHoldsFromTheNextToken() {
    String id =
        createDraft("kabid.pariwisata", "RAHASIA", "Kajian pariwisata", "Isi " + UUID.randomUUID())
            .getString("id");
    assertEquals(404, api.get("/api/releases/" + id, token("staf.pariwisata")).status());

    assertEquals(204, setClearance("admin.sso", "staf.pariwisata", "RAHASIA").status());
    try {
      assertEquals(200, api.get("/api/releases/" + id, token("staf.pariwisata")).status());
      assertTrue(
          api.get(
                  "/api/audit?item=staf.pariwisata&action=ADMINISTRATION",
                  token("auditor.inspektorat"))
              .body()
              .contains("RAHASIA"),
          "the change is audited");
    } finally {
      assertEquals(204, setClearance("admin.sso", "staf.pariwisata", "TERBATAS").status());
    }
    assertEquals(404, api.get("/api/releases/" + id, token("staf.pariwisata")).status());
  }

  @Test
  void sangatRahasiaNeedsASecondAdministrator() {
    Response requested = setClearance("admin.sso", "staf.pariwisata", "SANGAT_RAHASIA");
    assertEquals(202, requested.status(), requested.body());
    String request = requested.json().getString("id");
    try {
      assertEquals(
          403,
          api.post(
                  "/api/admin/clearance-requests/" + request + "/confirm", token("admin.sso"), "{}")
              .status());
      assertFalse(
          groups(token("staf.pariwisata")).contains("clearance-sangat-rahasia"),
          "not before confirmation");
      assertEquals(
          204,
          api.post(
                  "/api/admin/clearance-requests/" + request + "/confirm",
                  token("admin.kedua"),
                  "{}")
              .status());
      assertTrue(groups(token("staf.pariwisata")).contains("clearance-sangat-rahasia"));
    } finally {
      assertEquals(204, setClearance("admin.sso", "staf.pariwisata", "TERBATAS").status());
    }
  }

  @Test
  void onlyAdministratorsManageUsersAndManagingGivesNoClearance() {
    assertEquals(403, api.get("/api/admin/users", token("kadis.kominfo")).status());
    assertEquals(403, setClearance("admin.sso", "admin.sso", "RAHASIA").status(), "never oneself");
    Response users = api.get("/api/admin/users", token("admin.sso"));
    assertEquals(200, users.status());
    assertTrue(users.body().contains("\"username\":\"kabid.humas\""));
    String id =
        createDraft("staf.humas", "TERBATAS", "Bahan", "Isi " + UUID.randomUUID()).getString("id");
    assertEquals(404, api.get("/api/releases/" + id, token("admin.sso")).status());
  }

  private Response setClearance(String admin, String official, String level) {
    return api.put(
        "/api/admin/users/" + official + "/clearance",
        token(admin),
        "{\"level\":\"" + level + "\"}");
  }

  private static JsonObject claims(String jwt) {
    String payload =
        new String(
            java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
            java.nio.charset.StandardCharsets.UTF_8);
    return Json.createReader(new java.io.StringReader(payload)).readObject();
  }

  private static String groups(String jwt) {
    return claims(jwt).getJsonArray("groups").toString();
  }

  /** Seconds between a token's issue and expiry, from its (unverified) payload. */
  private static long lifetimeSeconds(String jwt) {
    JsonObject claims = claims(jwt);
    return claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue();
  }

  /** Time passing, without waiting for it: move the grant's end into the past. */
  private static void expireGrantsOn(String itemId) throws SQLException {
    try (Connection db =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/" + TestStack.DATABASE,
                "postgres",
                System.getenv().getOrDefault("PGPASSWORD", ""));
        PreparedStatement update =
            db.prepareStatement(
                "update access.item_grant set granted_at = now() - interval '2 hours', valid_until = now() - interval '1 minute'"
                    + " where item_id = ?::uuid")) {
      update.setString(1, itemId);
      assertEquals(1, update.executeUpdate());
    }
  }
}
