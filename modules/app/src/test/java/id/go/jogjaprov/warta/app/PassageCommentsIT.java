package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reviewers comment on passages of the text under review; the author reads the comments, and so
 * does whoever may read the release's revisions, nobody else; only a reviewer who may decide
 * comments.
 */
class PassageCommentsIT extends WartaIT {

  private Response comment(String id, String official, String passage, String comment) {
    return api.post(
        "/api/releases/" + id + "/comments",
        token(official),
        Json.createObjectBuilder()
            .add("passage", passage)
            .add("comment", comment)
            .build()
            .toString());
  }

  @Test
  void aReviewerCommentsOnAPassageAndTheAuthorReadsItBesideTheText() {
    String id =
        createDraft(
                "staf.humas",
                "TERBATAS",
                "Jadwal rapat",
                "<p>Rapat dimulai pukul 09.00 di ruang utama.</p>")
            .getString("id");
    assertEquals(
        409,
        comment(id, "kabid.humas", "pukul 09.00", "Jamnya?").status(),
        "a draft is not under review yet");
    assertEquals(
        200, api.post("/api/releases/" + id + "/submit", token("staf.humas"), "{}").status());

    Response made =
        comment(id, "kabid.humas", "pukul 09.00", "Pastikan jamnya, undangan menyebut 10.00.");
    assertEquals(201, made.status(), made.body());
    assertEquals(
        403,
        comment(id, "staf.humas", "ruang utama", "Saya sendiri.").status(),
        "the author does not review");
    assertEquals(404, comment(id, "kabid.pariwisata", "ruang utama", "Dari luar.").status());
    Response empty = comment(id, "kabid.humas", " ", "Tanpa kutipan.");
    assertEquals(400, empty.status());
    assertEquals("passage", empty.json().getString("field"));

    List<JsonObject> seen = everyItem("/api/releases/" + id + "/comments", token("staf.humas"));
    assertEquals(1, seen.size());
    assertEquals("pukul 09.00", seen.get(0).getString("passage"));
    assertEquals("kabid.humas", seen.get(0).getString("by"));
    assertEquals(
        404, api.get("/api/releases/" + id + "/comments", token("staf.pariwisata")).status());
    var editor = PageSession.signedIn("staf.humas").get("/app/release-editor.xhtml?id=" + id);
    assertTrue(editor.body().contains("undangan menyebut 10.00"), "beside the text in the editor");
  }
}
