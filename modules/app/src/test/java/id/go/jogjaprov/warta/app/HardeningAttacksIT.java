package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The attacks that worked against the running product before the hardening issue, each replayed as
 * it was made: every test here failed before its fix.
 */
class HardeningAttacksIT extends WartaIT {

  // --- 1. An administrator changes their own account by spelling their name in another case ----

  @Test
  void anAdministratorCannotChangeTheirOwnAccountInAnySpellingOfItsName() {
    String admin = token("admin.sso");
    for (String spelling : List.of("admin.sso", "ADMIN.SSO", "Admin.Sso", "%20admin.sso")) {
      assertEquals(
          403,
          api.put("/api/admin/users/" + spelling + "/clearance", admin, "{\"level\":\"RAHASIA\"}")
              .status(),
          spelling);
      assertEquals(
          403,
          api.put(
                  "/api/admin/users/" + spelling + "/memberships",
                  admin,
                  "{\"unit\":\"/Pemda DIY\",\"granted\":true}")
              .status(),
          spelling);
      assertEquals(
          403,
          api.put(
                  "/api/admin/users/" + spelling + "/memberships",
                  admin,
                  "{\"role\":\"auditor\",\"granted\":true}")
              .status(),
          spelling);
    }
    JsonObject claims = claims(token("admin.sso"));
    assertFalse(claims.getJsonArray("groups").toString().contains("clearance-"), claims.toString());
    assertFalse(
        claims.containsKey("units") && claims.getJsonArray("units").toString().contains("Pemda"),
        claims.toString());
  }

  @Test
  void aChangeMadeUnderAnotherSpellingIsAuditedUnderTheAccountsOneName() {
    assertEquals(
        204,
        api.put(
                "/api/admin/users/STAF.Pariwisata/clearance",
                token("admin.sso"),
                "{\"level\":\"RAHASIA\"}")
            .status());
    try {
      Response trail =
          api.get(
              "/api/audit?item=staf.pariwisata&action=ADMINISTRATION",
              token("auditor.inspektorat"));
      assertTrue(
          trail.body().contains("RAHASIA"),
          "an auditor looking for staf.pariwisata finds the change");
      assertFalse(
          api.get("/api/audit?item=STAF.Pariwisata", token("auditor.inspektorat"))
              .body()
              .contains("RAHASIA"),
          "nothing is filed under the typed spelling");
    } finally {
      assertEquals(
          204,
          api.put(
                  "/api/admin/users/staf.pariwisata/clearance",
                  token("admin.sso"),
                  "{\"level\":\"TERBATAS\"}")
              .status());
    }
  }

  @Test
  void aSangatRahasiaClearanceIsNeverConfirmedByTheAdministratorItIsFor() {
    Response requested =
        api.put(
            "/api/admin/users/ADMIN.KEDUA/clearance",
            token("admin.sso"),
            "{\"level\":\"SANGAT_RAHASIA\"}");
    assertEquals(202, requested.status(), requested.body());
    assertEquals(
        "admin.kedua",
        requested.json().getString("official"),
        "filed under the account's one name");
    try {
      Response own =
          api.post(
              "/api/admin/clearance-requests/" + requested.json().getString("id") + "/confirm",
              token("admin.kedua"),
              "{}");
      assertEquals(403, own.status(), own.body());
      assertFalse(
          claims(token("admin.kedua")).getJsonArray("groups").toString().contains("clearance-"));
    } finally {
      assertEquals(
          204,
          api.put("/api/admin/users/admin.kedua/clearance", token("admin.sso"), "{\"level\":null}")
              .status());
    }
  }

  @Test
  void aGrantGoesOnlyToAnAccountThatExistsAndUnderItsOneName() {
    String id =
        createDraft("staf.humas", "TERBATAS", "Bahan berbagi", "Isi " + UUID.randomUUID())
            .getString("id");
    Response nobody = share(id, "kabid.humas", "tidak.ada.orangnya");
    assertEquals(400, nobody.status(), nobody.body());
    assertEquals("user", nobody.json().getString("field"));
    assertEquals(
        400, share(id, "kabid.humas", "KABID.Humas").status(), "not to oneself, in any spelling");
    assertFalse(
        api.get("/api/audit?item=" + id + "&action=GRANT", token("auditor.inspektorat"))
            .body()
            .contains("GRANT"),
        "nothing was stored");

    Response granted = share(id, "kabid.humas", "STAF.PARIWISATA");
    assertEquals(201, granted.status(), granted.body());
    assertEquals("staf.pariwisata", granted.json().getString("user"));
    assertEquals(200, api.get("/api/releases/" + id, token("staf.pariwisata")).status());
  }

  private Response share(String id, String by, String to) {
    JsonObject grant =
        Json.createObjectBuilder()
            .add("user", to)
            .add("reason", "Koordinasi")
            .add("until", Instant.now().plus(1, ChronoUnit.DAYS).toString())
            .build();
    return api.post("/api/releases/" + id + "/grants", token(by), grant.toString());
  }

  // --- 2. A department head publishes text that nobody else reviewed --------------------------

  @Test
  void aHeadWhoEditedAStaffDraftCannotApproveItAndAnotherHeadMust() {
    String marker = "suntingan" + UUID.randomUUID().toString().substring(0, 8);
    JsonObject draft = createDraft("staf.pariwisata", "BIASA", "Festival budaya", "Isi dari staf.");
    String id = draft.getString("id");
    String head = token("kabid.pariwisata");
    Response edited =
        api.put(
            "/api/releases/" + id,
            head,
            "{\"type\":\"NEWS\",\"title\":\"Festival budaya\",\"body\":\"Teks kepala bidang "
                + marker
                + "\",\"classification\":\"BIASA\"}",
            etag(draft));
    assertEquals(200, edited.status(), edited.body());
    assertEquals(200, api.post("/api/releases/" + id + "/submit", head, "{}").status());

    Response own =
        api.post("/api/releases/" + id + "/decisions", head, "{\"decision\":\"APPROVE\"}");
    assertEquals(403, own.status(), own.body());
    assertEquals("IN_REVIEW", api.get("/api/releases/" + id, head).json().getString("status"));
    assertFalse(
        api.get("/api/public/releases?size=200", null).body().contains(marker),
        "nothing reached the public");

    Response other =
        api.post(
            "/api/releases/" + id + "/decisions",
            token("kadis.pariwisata"),
            "{\"decision\":\"APPROVE\"}");
    assertEquals(200, other.status(), other.body());
    assertEquals("PUBLISHED", other.json().getString("status"));
  }

  // --- 4. Record numbers count hidden records --------------------------------------------------

  @Test
  void recordNumbersAreRandomCodesThatCountNothing() {
    String first = publishAndFindRecordNumber();
    String second = publishAndFindRecordNumber();
    String code = "ARSIP/\\d{4}/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}";
    assertTrue(first.matches(code), first);
    assertTrue(second.matches(code), second);
    assertFalse(first.equals(second));
  }

  private String publishAndFindRecordNumber() {
    String marker = "nomor" + UUID.randomUUID().toString().substring(0, 8);
    String id =
        createDraft("staf.pariwisata", "BIASA", "Arsip " + marker, "Isi " + marker).getString("id");
    publish(id, "staf.pariwisata", "kabid.pariwisata");
    return api.get("/api/archive/search?q=" + marker, token("staf.pariwisata"))
        .json()
        .getJsonArray("items")
        .getJsonObject(0)
        .getString("recordNumber");
  }

  // --- 6. A leaked directory secret bypassed every rule -----------------------------------------

  @Test
  void aLeakedDirectorySecretCannotMakeAnAdministratorAndAClearanceGivenWithItRaisesAnAlert()
      throws InterruptedException {
    KeycloakAdmin intruder =
        KeycloakAdmin.asClient("warta", "warta-directory", "warta-directory-dev-secret");
    assertEquals(403, intruder.roleMapping("staf.pariwisata", "admin", "POST"), "never maps admin");
    assertEquals(
        403,
        intruder.resetPassword("admin.sso", "Diambil-Alih-Penyusup-2026"),
        "never takes over an administrator");
    assertEquals(
        204,
        intruder.roleMapping("staf.pariwisata", "clearance-rahasia", "POST"),
        "Keycloak lets the account map a clearance (Warta's own flow needs it), so Warta watches for it");
    try {
      boolean alerted = false;
      for (int i = 0; i < 60 && !alerted; i++) {
        alerted =
            api.get("/api/audit?item=staf.pariwisata&action=ALERT", auditorToken)
                .body()
                .contains("RAHASIA");
        Thread.sleep(500);
      }
      assertTrue(alerted, "a clearance Warta did not grant raises an alert for the auditors");
    } finally {
      new KeycloakAdmin().removeRealmRole("staf.pariwisata", "clearance-rahasia");
    }
  }

  // --- 7. Privileged API calls, and audit details of items that were raised -------------------

  @Test
  void privilegedApiCallsAreRecordedOncePerToken() {
    int before = privilegedUses("admin.sso");
    String first = token("admin.sso");
    assertEquals(200, api.get("/api/admin/users", first).status());
    assertEquals(200, api.get("/api/admin/users?page=1", first).status());
    assertEquals(
        before + 1, privilegedUses("admin.sso"), "one entry for the token, however many calls");
    assertEquals(200, api.get("/api/admin/users", token("admin.sso")).status());
    assertEquals(before + 2, privilegedUses("admin.sso"), "a new token is a new entry");
    int staff = privilegedUses("staf.humas");
    api.get("/api/releases", token("staf.humas"));
    assertEquals(staff, privilegedUses("staf.humas"), "staff are not privileged");
  }

  private int privilegedUses(String actor) {
    return everyItem("/api/audit?actor=" + actor + "&action=PRIVILEGED_SIGN_IN", auditorToken)
        .size();
  }

  /** One auditor token for counting, so that counting adds no entry of its own after the first. */
  private final String auditorToken = token("auditor.inspektorat");

  @Test
  void anAuditDetailWrittenWhileAnItemWasBiasaIsWithheldOnceItIsRaised() {
    String marker = "alasan" + UUID.randomUUID().toString().substring(0, 8);
    String id = createDraft("staf.humas", "BIASA", "Bahan terbuka", "Isi").getString("id");
    JsonObject grant =
        Json.createObjectBuilder()
            .add("user", "staf.pariwisata")
            .add("reason", "Liputan " + marker)
            .add("until", Instant.now().plus(1, ChronoUnit.DAYS).toString())
            .build();
    assertEquals(
        201,
        api.post("/api/releases/" + id + "/grants", token("kabid.humas"), grant.toString())
            .status());
    assertTrue(
        api.get("/api/audit?item=" + id + "&action=GRANT", auditorToken).body().contains(marker),
        "while Biasa, the uncleared auditor reads the reason");

    assertEquals(
        200,
        api.post(
                "/api/releases/" + id + "/classification",
                token("staf.humas"),
                "{\"level\":\"TERBATAS\",\"reason\":\"Data pribadi\"}")
            .status());

    Response after = api.get("/api/audit?item=" + id + "&action=GRANT", auditorToken);
    assertFalse(after.body().contains(marker), after.body());
    JsonObject entry = after.json().getJsonArray("items").getJsonObject(0);
    assertTrue(entry.getBoolean("detailWithheld"));
    assertEquals(
        "TERBATAS", entry.getString("classification"), "shown at the item's current level");
  }

  // --- 10. Bad input that gave a 500 or slipped through ----------------------------------------

  @Test
  void aNulCharacterInATitleIsA400NamingTheFieldAndChangesNothing() {
    JsonObject draft = createDraft("staf.humas", "BIASA", "Judul asli", "Isi asli.");
    String id = draft.getString("id");
    Response created =
        api.post(
            "/api/releases",
            token("staf.humas"),
            "{\"type\":\"NEWS\",\"title\":\"Judul\\u0000jahat\",\"body\":\"Isi\",\"classification\":\"BIASA\"}");
    assertEquals(400, created.status(), created.body());
    assertEquals("title", created.json().getString("field"));
    Response revised =
        api.put(
            "/api/releases/" + id,
            token("staf.humas"),
            "{\"type\":\"NEWS\",\"title\":\"Judul\\u0000jahat\",\"body\":\"Isi\",\"classification\":\"BIASA\"}",
            etag(draft));
    assertEquals(400, revised.status(), revised.body());
    assertEquals("title", revised.json().getString("field"));
    assertEquals(
        "Judul asli",
        api.get("/api/releases/" + id, token("staf.humas")).json().getString("title"));
  }

  @Test
  void invalidUtf8InABodyIsRefusedAndChangesNothing() {
    JsonObject draft = createDraft("staf.humas", "BIASA", "Judul asli", "Isi asli.");
    String id = draft.getString("id");
    byte[] prefix = ("{\"type\":\"NEWS\",\"title\":\"Judul ").getBytes(StandardCharsets.UTF_8);
    byte[] suffix =
        "\",\"body\":\"Isi\",\"classification\":\"BIASA\"}".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[prefix.length + 2 + suffix.length];
    System.arraycopy(prefix, 0, body, 0, prefix.length);
    body[prefix.length] = (byte) 0xC3;
    body[prefix.length + 1] = (byte) 0x28;
    System.arraycopy(suffix, 0, body, prefix.length + 2, suffix.length);
    Response refused = api.send("PUT", "/api/releases/" + id, token("staf.humas"), body);
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
    assertEquals(
        "Judul asli",
        api.get("/api/releases/" + id, token("staf.humas")).json().getString("title"));
  }

  @Test
  void anOversizedBodyIsRefusedWith413() {
    // Just over the limit: the server stops reading at the limit and answers at once.
    byte[] huge =
        ("{\"title\":\"" + "x".repeat(2 * 1024 * 1024 + 1024) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    Response refused = api.send("POST", "/api/releases", token("staf.humas"), huge);
    assertEquals(413, refused.status());
  }

  @Test
  void aMalformedPagingParameterIsA400NamingIt() {
    String staff = token("staf.humas");
    for (String path :
        List.of(
            "/api/releases?size=abc",
            "/api/public/releases?size=abc",
            "/api/archive/search?q=x&size=abc")) {
      Response refused = api.get(path, path.contains("public") ? null : staff);
      assertEquals(400, refused.status(), path + ": " + refused.body());
      assertEquals("size", refused.json().getString("field"), path);
    }
    assertEquals("page", api.get("/api/releases?page=-1", staff).json().getString("field"));
    assertEquals(
        "page", api.get("/api/releases?page=20000000&size=200", staff).json().getString("field"));
    assertEquals("size", api.get("/api/releases?size=100000", staff).json().getString("field"));
  }

  @Test
  void theApiSpelledAnotherWayStillWantsABearerTokenNotABrowserSignIn() {
    for (String path : List.of("/api;x=1/releases", "/%61pi/releases", "/api/./releases")) {
      Response answer = api.get(path, null);
      assertEquals(401, answer.status(), path + ": " + answer.body());
    }
  }

  private static JsonObject claims(String jwt) {
    String payload =
        new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    return Json.createReader(new java.io.StringReader(payload)).readObject();
  }
}
