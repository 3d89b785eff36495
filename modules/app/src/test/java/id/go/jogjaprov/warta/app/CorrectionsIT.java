package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Corrections (ralat): a published release is never changed; a correction is a release of its own
 * naming it, and its record links to the corrected one's, each link shown only to whoever may read
 * the record it leads to.
 */
class CorrectionsIT extends WartaIT {

  private final String run = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "q");

  /** A draft naming the release it corrects; a classified one carries its consequence test. */
  private Response correction(
      String author, String classification, String corrected, String words) {
    var draft =
        Json.createObjectBuilder()
            .add("type", "PRESS_RELEASE")
            .add("title", "Ralat " + words)
            .add("lead", "Ralat atas rilis sebelumnya.")
            .add("body", "<p>Yang benar: " + words + " dimulai pukul 09.00.</p>")
            .add("classification", classification)
            .add(
                "metadata",
                Json.createObjectBuilder().add("language", "ID").add("corrects", corrected));
    if (!classification.equals("BIASA")) {
      draft.add("consequenceTest", consequenceTest(author));
    }
    return api.post("/api/releases", token(author), draft.build().toString());
  }

  private String slugOf(String release) {
    return api.get("/api/releases/" + release, token("staf.humas")).json().getString("slug");
  }

  private static List<String> linked(JsonObject record, String direction) {
    return ids(record.getJsonArray(direction).getValuesAs(JsonObject.class));
  }

  @Test
  void aCorrectionIsARecordOfItsOwnLinkedBothWaysAndEachLinkIsReadLikeItsRecord()
      throws SQLException {
    String original =
        createDraft("staf.humas", "BIASA", "Jadwal kirab " + run, "<p>Kirab asli" + run + ".</p>")
            .getString("id");
    publish(original, "staf.humas", "kabid.humas");
    String originalRecord = recordOf("asli" + run, "arsiparis");

    Response open = correction("staf.humas", "BIASA", original, "terbuka" + run);
    assertEquals(201, open.status(), open.body());
    publish(open.json().getString("id"), "staf.humas", "kabid.humas");
    String openRecord = recordOf("terbuka" + run, "arsiparis");

    Response secret = correction("kabid.humas", "RAHASIA", original, "tertutup" + run);
    assertEquals(201, secret.status(), secret.body());
    publishClassified(secret.json().getString("id"), "kabid.humas", "kadis.kominfo", "sekda.diy");
    String secretRecord = recordOf("tertutup" + run, "arsiparis");

    assertEquals(List.of(originalRecord), linked(record(openRecord, "arsiparis"), "corrects"));
    assertEquals(List.of(originalRecord), linked(record(secretRecord, "arsiparis"), "corrects"));
    assertEquals(
        List.of(openRecord, secretRecord),
        linked(record(originalRecord, "arsiparis"), "correctedBy"),
        "the archivist cleared for Rahasia sees both corrections, the oldest first");
    assertTrue(
        record(originalRecord, "arsiparis").getString("body").contains("asli" + run),
        "the corrected record keeps its words");

    for (String reader : List.of("staf.humas", "staf.pariwisata")) {
      JsonObject seen = record(originalRecord, reader);
      assertEquals(List.of(openRecord), linked(seen, "correctedBy"), reader);
      assertFalse(seen.toString().contains(secretRecord), reader);
      assertFalse(seen.toString().contains("tertutup" + run), reader);
    }

    String originalSlug = slugOf(original);
    String openSlug = slugOf(open.json().getString("id"));
    Response originalPage = api.get("/rilis/" + originalSlug, null);
    assertEquals(200, originalPage.status());
    assertTrue(
        originalPage.body().contains("/rilis/" + openSlug), "citizens are led to the correction");
    assertFalse(originalPage.body().contains("tertutup" + run), "never to a classified one");
    assertTrue(api.get("/rilis/" + openSlug, null).body().contains("/rilis/" + originalSlug));

    Response draft = correction("staf.humas", "BIASA", original, "konsep" + run);
    String officialsPage = "/app/release.xhtml?id=" + original;
    String staffSees = PageSession.signedIn("staf.humas").get(officialsPage).body();
    assertTrue(staffSees.contains("Ralat terbuka" + run), "officials are led to a correction");
    assertTrue(
        staffSees.contains("Ralat konsep" + run)
            && staffSees.contains("release.xhtml?id=" + draft.json().getString("id")),
        "and to one still being written, which they may read");
    assertFalse(staffSees.contains("tertutup" + run), "never to one they may not read");
    assertTrue(
        PageSession.signedIn("kabid.humas")
            .get(officialsPage)
            .body()
            .contains("Ralat tertutup" + run),
        "whoever may read the classified correction is led to it");

    assertEquals(
        1,
        countAsOwner(
            "select count(*) from archives.record where corrects_release = ? and id = ?",
            UUID.fromString(original),
            UUID.fromString(openRecord)));
    refusedToWartasRole(
        List.of(
            "update archives.record set corrects_release = null where id = '" + openRecord + "'",
            "update archives.record set origin = 'IMPORTED' where id = '" + originalRecord + "'"));
  }

  @Test
  void onlyAPublishedReleaseTheAuthorMayReadIsCorrected() {
    String draft =
        createDraft("staf.humas", "BIASA", "Konsep " + run, "<p>Belum terbit.</p>").getString("id");
    Response ofDraft = correction("staf.humas", "BIASA", draft, "konsep" + run);
    assertEquals(400, ofDraft.status(), ofDraft.body());
    assertTrue(ofDraft.body().contains("metadata.corrects"), ofDraft.body());

    String secret =
        createDraft("kabid.humas", "RAHASIA", "Kajian " + run, "<p>Kajian tertutup.</p>")
            .getString("id");
    publishClassified(secret, "kabid.humas", "kadis.kominfo", "sekda.diy");
    Response unreadable = correction("staf.pariwisata", "BIASA", secret, "luar" + run);
    Response missing =
        correction("staf.pariwisata", "BIASA", UUID.randomUUID().toString(), "luar" + run);
    assertEquals(400, unreadable.status(), unreadable.body());
    assertEquals(
        missing.json().getString("detail"),
        unreadable.json().getString("detail"),
        "a release the author may not read is as missing as one that does not exist");

    Response open = correction("kabid.humas", "BIASA", secret, "umum" + run);
    assertEquals(201, open.status(), open.body());
    String openId = open.json().getString("id");
    publish(openId, "kabid.humas", "kadis.kominfo");
    var staffPage = PageSession.signedIn("staf.humas").get("/app/release.xhtml?id=" + openId);
    assertEquals(200, staffPage.statusCode());
    assertTrue(staffPage.body().contains("Ralat umum" + run), "the correction itself");
    assertFalse(
        staffPage.body().contains("Kajian " + run) || staffPage.body().contains(secret),
        "a correction does not name a release its reader may not read");
    assertTrue(
        PageSession.signedIn("kabid.humas")
            .get("/app/release.xhtml?id=" + openId)
            .body()
            .contains("Kajian " + run),
        "its author, who may, is led to it");
    String openRecord = recordOf("umum" + run, "staf.pariwisata");
    assertEquals(List.of(), linked(record(openRecord, "staf.pariwisata"), "corrects"));
    assertEquals(1, linked(record(openRecord, "arsiparis"), "corrects").size());
  }
}
