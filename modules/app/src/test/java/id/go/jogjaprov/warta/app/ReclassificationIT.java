package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Raising a classification is immediate; lowering needs a reason and a second cleared official. */
class ReclassificationIT extends WartaIT {

  private String create(String author, String level, String marker) {
    return createDraft(author, level, "Bahan " + marker, "Isi " + marker).getString("id");
  }

  private Response reclassify(String id, String user, String level, String reason) {
    JsonObject body = Json.createObjectBuilder().add("level", level).add("reason", reason).build();
    return api.post("/api/releases/" + id + "/classification", token(user), body.toString());
  }

  @Test
  void raisingTakesEffectAtOnceAndTakesAPublishedReleaseOffThePortalAndTheArchive() {
    String marker = "naik" + UUID.randomUUID().toString().substring(0, 8);
    String id = create("staf.humas", "BIASA", marker);
    publish(id, "staf.humas", "kabid.humas");
    assertTrue(api.get("/api/public/releases", null).body().contains(id));
    assertEquals(1, total(marker, "staf.pariwisata"));

    Response raised = reclassify(id, "staf.humas", "TERBATAS", "Memuat data pribadi warga.");
    assertEquals(200, raised.status(), raised.body());
    assertTrue(raised.json().getBoolean("applied"));
    assertEquals("TERBATAS", raised.json().getJsonObject("release").getString("classification"));

    assertFalse(api.get("/api/public/releases", null).body().contains(id), "no longer public");
    assertEquals(404, api.get("/api/releases/" + id, token("staf.pariwisata")).status());
    assertEquals(0, total(marker, "staf.pariwisata"), "the archive record followed");

    Response raisedAgain = reclassify(id, "kabid.humas", "RAHASIA", "Menyangkut penyidikan.");
    assertEquals(200, raisedAgain.status(), raisedAgain.body());
    assertEquals(
        404,
        api.get("/api/releases/" + id + "/decisions", token("staf.humas")).status(),
        "the approval trail follows the release up");
    assertEquals(200, api.get("/api/releases/" + id + "/decisions", token("kabid.humas")).status());
    assertEquals(0, total(marker, "staf.humas"), "the archive record is Rahasia now");
    assertEquals(1, total(marker, "kabid.humas"));
    assertTrue(
        api.get(
                "/api/audit?item=" + id + "&action=CLASSIFICATION_CHANGE",
                token("auditor.inspektorat"))
            .body()
            .contains("staf.humas"));
  }

  @Test
  void loweringWaitsForASecondOfficialClearedForTheCurrentLevel() {
    String id =
        create("kabid.humas", "RAHASIA", "turun" + UUID.randomUUID().toString().substring(0, 8));

    assertEquals(400, reclassify(id, "kabid.humas", "BIASA", " ").status(), "a reason is required");
    Response requested =
        reclassify(id, "kabid.humas", "BIASA", "Sudah diumumkan resmi oleh Gubernur.");
    assertEquals(202, requested.status(), requested.body());
    assertEquals("RAHASIA", requested.json().getJsonObject("release").getString("classification"));
    String request = requested.json().getJsonObject("request").getString("id");

    assertEquals(
        403,
        api.post("/api/classification-requests/" + request + "/approve", token("kabid.humas"), "{}")
            .status(),
        "never the requester");
    assertEquals(
        404,
        api.post("/api/classification-requests/" + request + "/approve", token("staf.humas"), "{}")
            .status(),
        "not cleared for Rahasia: the request does not exist for them");
    assertEquals(404, api.get("/api/releases/" + id, token("staf.humas")).status());

    assertTrue(
        api.get("/api/classification-requests", token("kadis.kominfo")).body().contains(request));
    Response approved =
        api.post(
            "/api/classification-requests/" + request + "/approve", token("kadis.kominfo"), "{}");
    assertEquals(200, approved.status(), approved.body());
    assertEquals("BIASA", approved.json().getString("classification"));
    assertEquals(
        200,
        api.get("/api/releases/" + id, token("staf.humas")).status(),
        "now within staff clearance");
    assertEquals(
        409,
        api.post("/api/classification-requests/" + request + "/approve", token("sekda.diy"), "{}")
            .status(),
        "decided once");
    Response trail =
        api.get(
            "/api/audit?item=" + id + "&action=CLASSIFICATION_CHANGE",
            token("auditor.inspektorat"));
    assertTrue(
        trail.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .allMatch(
                entry ->
                    entry.getString("classification").equals("RAHASIA")
                        && entry.getBoolean("detailWithheld")),
        "the reasons speak of Rahasia material: recorded at Rahasia, withheld from an auditor without clearance");
  }

  @Test
  void editingADraftNeverChangesItsClassification() {
    JsonObject draft = createDraft("kabid.humas", "RAHASIA", "Judul", "Isi " + UUID.randomUUID());
    String id = draft.getString("id");
    String revision =
        "{\"type\":\"NEWS\",\"title\":\"Judul\",\"body\":\"Isi\",\"classification\":\"%s\"}";
    Response lowered =
        api.put(
            "/api/releases/" + id, token("kabid.humas"), revision.formatted("BIASA"), etag(draft));
    assertEquals(409, lowered.status(), lowered.body());
    assertTrue(
        lowered.json().getString("detail").contains("Ubah klasifikasi"),
        "refused for the level, not the version");
    assertEquals(
        "RAHASIA",
        api.get("/api/releases/" + id, token("kabid.humas")).json().getString("classification"));
  }

  @Test
  void nobodyRaisesAboveTheirOwnClearanceOrReclassifiesAnotherUnitsWork() {
    String id =
        create("staf.humas", "BIASA", "batas" + UUID.randomUUID().toString().substring(0, 8));
    assertEquals(403, reclassify(id, "staf.humas", "RAHASIA", "Terlalu tinggi").status());
    assertEquals(404, reclassify(id, "kabid.pariwisata", "TERBATAS", "Unit lain").status());
    assertEquals(
        "BIASA",
        api.get("/api/releases/" + id, token("staf.humas")).json().getString("classification"));
  }

  private long total(String marker, String user) {
    return api.get("/api/archive/search?q=" + marker, token(user))
        .json()
        .getJsonNumber("total")
        .longValue();
  }
}
