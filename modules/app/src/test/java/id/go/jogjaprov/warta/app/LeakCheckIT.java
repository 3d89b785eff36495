package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The pre-publication leak check on the real stack: a Biasa release that quotes classified material
 * of its unit line is stopped; an approver not cleared for that material learns only its level and
 * unit; one who may read it sees where the overlap is and may publish with an audited reason;
 * material of another unit's line is not the release's to leak.
 */
class LeakCheckIT extends WartaIT {

  private Response approve(String id, String head, String override) {
    var body = Json.createObjectBuilder().add("decision", "APPROVE");
    if (override != null) {
      body.add("leakCheckOverride", override);
    }
    return api.post("/api/releases/" + id + "/decisions", token(head), body.build().toString());
  }

  private String submitted(String author, String title, String body) {
    String id = createDraft(author, "BIASA", title, body).getString("id");
    assertEquals(200, api.post("/api/releases/" + id + "/submit", token(author), "{}").status());
    return id;
  }

  @Test
  void
      aBiasaReleaseQuotingSecretsOfItsLineIsStoppedAndOnlyAClearedApproverSeesWhereAndMayOverride() {
    String place = "Wonosari" + UUID.randomUUID().toString().substring(0, 6);
    String quoted =
        "Rencana relokasi kantor dinas ke kawasan "
            + place
            + " ditunda sampai anggaran perubahan disahkan dewan.";
    String unquoted = "Nilai kontrak pengadaan server mencapai empat puluh dua miliar rupiah.";
    String secret =
        createDraft(
                "kadis.kominfo",
                "SANGAT_RAHASIA",
                "Catatan rapat pimpinan " + place,
                "<p>" + unquoted + "</p><p>" + quoted + "</p>")
            .getString("id");
    String release =
        submitted(
            "staf.humas",
            "Layanan kantor tetap berjalan",
            "<p>Pelayanan publik berjalan seperti biasa pekan ini.</p><p>" + quoted + "</p>");

    Response stopped = approve(release, "kabid.humas", null);
    assertEquals(409, stopped.status(), stopped.body());
    assertEquals(PROBLEMS + "leak-suspected", stopped.json().getString("type"));
    JsonObject overlap = stopped.json().getJsonArray("overlaps").getJsonObject(0);
    assertEquals("SANGAT_RAHASIA", overlap.getString("classification"));
    assertEquals("/Pemda DIY/Diskominfo DIY", overlap.getString("unit"));
    assertTrue(overlap.getInt("similarityPercent") >= 70, overlap.toString());
    assertFalse(overlap.containsKey("source"), "not cleared for Sangat Rahasia: " + overlap);
    assertFalse(stopped.body().contains("empat puluh dua miliar"), stopped.body());
    assertFalse(stopped.body().contains("Catatan rapat pimpinan"), stopped.body());
    assertFalse(stopped.json().getBoolean("overridable"));
    Response notCleared = approve(release, "kabid.humas", "Sudah diumumkan gubernur.");
    assertEquals(409, notCleared.status(), "an approver who cannot read it cannot wave it through");
    assertEquals(
        "IN_REVIEW",
        api.get("/api/releases/" + release, token("staf.humas")).json().getString("status"),
        "a stopped approval changes nothing");

    Response disclosed = approve(release, "kadis.kominfo", null);
    assertEquals(409, disclosed.status(), disclosed.body());
    JsonObject seen = disclosed.json().getJsonArray("overlaps").getJsonObject(0);
    assertEquals(secret, seen.getString("source"));
    assertTrue(seen.getString("sourcePassage").contains(place), seen.toString());
    assertTrue(disclosed.json().getBoolean("overridable"));
    Response overridden = approve(release, "kadis.kominfo", "Relokasi sudah diumumkan gubernur.");
    assertEquals(200, overridden.status(), overridden.body());
    assertEquals("PUBLISHED", overridden.json().getString("status"));
    List<JsonObject> audit = everyItem("/api/audit?item=" + release, token("auditor.inspektorat"));
    JsonObject override =
        audit.stream()
            .filter(entry -> entry.getString("action").equals("LEAK_CHECK_OVERRIDE"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the override is audited: " + audit));
    assertEquals("kadis.kominfo", override.getString("actor"));
    assertEquals("SANGAT_RAHASIA", override.getString("classification"));
    assertTrue(override.getBoolean("detailWithheld"), "the reason is kept at the secret's level");
  }

  @Test
  void materialOfAnotherUnitsLineIsNotCompared() {
    String sentence =
        "Jadwal kunjungan menteri ke kawasan wisata "
            + UUID.randomUUID().toString().substring(0, 6)
            + " dirahasiakan sampai hari pelaksanaan.";
    createDraft("kadis.pariwisata", "RAHASIA", "Kunjungan menteri", "<p>" + sentence + "</p>");
    String release = submitted("staf.humas", "Agenda pekan ini", "<p>" + sentence + "</p>");
    Response approved = approve(release, "kabid.humas", null);
    assertEquals(200, approved.status(), approved.body());
    assertEquals("PUBLISHED", approved.json().getString("status"));
  }
}
