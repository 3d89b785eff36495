package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The review of a release over the API, on the real stack: rounds of requested changes, the agency
 * head's second approval for Rahasia, an edit that sends approved text back, withdrawal, and two
 * heads deciding at the same moment.
 */
class ReviewFlowIT extends WartaIT {

  private Response decide(String id, String head, String decision, String comment) {
    var body = Json.createObjectBuilder().add("decision", decision);
    if (comment != null) {
      body.add("comment", comment);
    }
    return api.post("/api/releases/" + id + "/decisions", token(head), body.build().toString());
  }

  private Response submit(String id, String author) {
    return api.post("/api/releases/" + id + "/submit", token(author), "{}");
  }

  private String status(String id, String reader) {
    return api.get("/api/releases/" + id, token(reader)).json().getString("status");
  }

  private List<String> awaiting(String head) {
    return ids(everyItem("/api/reviews?assignee=me", token(head)));
  }

  private JsonObject revise(String id, String editor, String body) {
    JsonObject current = api.get("/api/releases/" + id, token(editor)).json();
    JsonObject change =
        Json.createObjectBuilder()
            .add("type", current.getString("type"))
            .add("title", current.getString("title"))
            .add("body", body)
            .build();
    Response revised =
        api.put("/api/releases/" + id, token(editor), change.toString(), etag(current));
    assertEquals(200, revised.status(), revised.body());
    return revised.json();
  }

  @Test
  void changesAreRequestedTheAuthorRevisesAndResubmitsAndTheHeadApproves() {
    String id =
        createDraft("staf.humas", "BIASA", "Jadwal layanan", "<p>Isi pertama.</p>").getString("id");
    assertEquals(200, submit(id, "staf.humas").status());
    assertTrue(awaiting("kabid.humas").contains(id));
    JsonObject waiting =
        everyItem("/api/reviews?assignee=me", token("kabid.humas")).stream()
            .filter(item -> item.getString("id").equals(id))
            .findFirst()
            .orElseThrow();
    java.time.Instant since = java.time.Instant.parse(waiting.getString("waitingSince"));
    java.time.Instant due = java.time.Instant.parse(waiting.getString("dueAt"));
    assertTrue(due.isAfter(since.plus(java.time.Duration.ofDays(1))), "due on a later working day");
    assertFalse(waiting.getBoolean("overdue"));
    assertFalse(awaiting("kabid.pariwisata").contains(id), "another unit's head is not asked");
    assertEquals(200, api.get("/api/reviews?assignee=me", token("staf.humas")).status());
    assertTrue(awaiting("staf.humas").isEmpty(), "staff decide nothing");
    assertEquals(400, api.get("/api/reviews?assignee=kabid.humas", token("staf.humas")).status());

    Response silent = decide(id, "kabid.humas", "REQUEST_CHANGES", null);
    assertEquals(400, silent.status(), "changes are requested with a reason");
    assertEquals("comment", silent.json().getString("field"));
    assertEquals(
        200, decide(id, "kabid.humas", "REQUEST_CHANGES", "Tambahkan jam layanan.").status());
    assertEquals("CHANGES_REQUESTED", status(id, "staf.humas"));
    assertFalse(awaiting("kabid.humas").contains(id));

    revise(id, "staf.humas", "<p>Isi kedua, dengan jam layanan 08.00–15.00.</p>");
    assertEquals("CHANGES_REQUESTED", status(id, "staf.humas"), "revising is not resubmitting");
    Response resubmitted = submit(id, "staf.humas");
    assertEquals("RESUBMITTED", resubmitted.json().getString("status"));
    assertTrue(awaiting("kabid.humas").contains(id));

    Response approved = decide(id, "kabid.humas", "APPROVE", null);
    assertEquals(200, approved.status(), approved.body());
    assertEquals("PUBLISHED", approved.json().getString("status"));
    assertTrue(approved.json().getString("body").contains("jam layanan"));
    assertEquals(
        List.of("REQUEST_CHANGES", "APPROVE"),
        everyItem("/api/releases/" + id + "/decisions", token("staf.humas")).stream()
            .map(d -> d.getString("decision"))
            .toList());
  }

  @Test
  void aRahasiaReleaseNeedsTheAgencyHeadsSecondApprovalBySomeoneElse() {
    String marker = "kajian" + UUID.randomUUID().toString().substring(0, 8);
    String id =
        createDraft("kabid.humas", "RAHASIA", "Kajian " + marker, "<p>Isi " + marker + ".</p>")
            .getString("id");
    assertEquals(200, submit(id, "kabid.humas").status());
    assertEquals(403, decide(id, "kabid.humas", "APPROVE", null).status(), "the author");
    assertTrue(awaiting("kadis.kominfo").contains(id));
    assertFalse(awaiting("kabid.humas").contains(id), "never their own text");

    Response first = decide(id, "kadis.kominfo", "APPROVE", null);
    assertEquals(200, first.status(), first.body());
    assertEquals("AWAITING_AGENCY_HEAD", first.json().getString("status"));
    assertEquals(
        0,
        api.get("/api/archive/search?q=" + marker, token("sekda.diy"))
            .json()
            .getJsonNumber("total")
            .longValue(),
        "nothing is published on the first approval");
    assertEquals(403, decide(id, "kadis.kominfo", "APPROVE", null).status(), "not twice");
    assertFalse(awaiting("kadis.kominfo").contains(id));
    assertTrue(awaiting("sekda.diy").contains(id));

    Response second = decide(id, "sekda.diy", "APPROVE", "Setuju diterbitkan terbatas.");
    assertEquals(200, second.status(), second.body());
    assertEquals("PUBLISHED", second.json().getString("status"));
  }

  @Test
  void anEditAfterApprovalSendsTheTextBackAndTheEditorNoLongerDecides() {
    String id =
        createDraft("kabid.humas", "RAHASIA", "Rencana pengamanan", "<p>Versi pertama.</p>")
            .getString("id");
    assertEquals(200, submit(id, "kabid.humas").status());
    assertEquals(200, decide(id, "kadis.kominfo", "APPROVE", null).status());

    JsonObject edited = revise(id, "kadis.kominfo", "<p>Versi kedua dari kepala dinas.</p>");
    assertEquals("IN_REVIEW", edited.getString("status"), "an approval is of one revision");
    assertEquals(403, decide(id, "kadis.kominfo", "APPROVE", null).status(), "now a writer");
    assertFalse(awaiting("kadis.kominfo").contains(id));

    assertEquals(
        "AWAITING_AGENCY_HEAD",
        decide(id, "sekda.diy", "APPROVE", null).json().getString("status"));
    Response published = decide(id, "asisten.sekda", "APPROVE", null);
    assertEquals(200, published.status(), published.body());
    assertEquals("PUBLISHED", published.json().getString("status"));
    assertEquals(2, published.json().getInt("revision"));
    assertTrue(published.json().getString("body").contains("Versi kedua"));
  }

  @Test
  void theAgencyHeadPublishesSertaMertaAtOnceWithAReasonAndNothingElse() {
    String marker = "merapi" + UUID.randomUUID().toString().substring(0, 8);
    JsonObject warning =
        Json.createObjectBuilder()
            .add("type", "ANNOUNCEMENT")
            .add("title", "Peringatan dini erupsi Merapi " + marker)
            .add("body", "<p>Warga di radius 7 km diminta mengungsi.</p>")
            .add("classification", "BIASA")
            .add("informationCategory", "SERTA_MERTA")
            .build();
    Response created = api.post("/api/releases", token("staf.humas"), warning.toString());
    assertEquals(201, created.status(), created.body());
    String id = created.json().getString("id");
    String urgent = "/api/releases/" + id + "/urgent-publication";

    assertEquals(
        403,
        api.post(urgent, token("kabid.humas"), "{\"reason\":\"Darurat\"}").status(),
        "the agency head's call");
    assertEquals(
        404,
        api.post(urgent, token("kadis.pariwisata"), "{\"reason\":\"Darurat\"}").status(),
        "another line's agency head does not even learn that the draft exists");
    Response silent = api.post(urgent, token("kadis.kominfo"), "{}");
    assertEquals(400, silent.status());
    assertEquals("reason", silent.json().getString("field"));

    Response published =
        api.post(urgent, token("kadis.kominfo"), "{\"reason\":\"Status Awas dari BPPTKG\"}");
    assertEquals(200, published.status(), published.body());
    assertEquals("PUBLISHED", published.json().getString("status"));
    assertTrue(ids(everyItem("/api/public/releases", null)).contains(id));
    JsonObject step = everyItem("/api/releases/" + id + "/timeline", token("staf.humas")).get(0);
    assertEquals("URGENT_PUBLISH", step.getString("move"));
    assertEquals("Status Awas dari BPPTKG", step.getString("comment"));
    assertEquals("kadis.kominfo", step.getString("by"));
    JsonObject record =
        api.get("/api/archive/records/" + recordOf(marker, "arsiparis"), token("arsiparis")).json();
    assertEquals(
        List.of("URGENT_PUBLISH kadis.kominfo"),
        record.getJsonArray("approvalTrail").getValuesAs(JsonObject.class).stream()
            .map(archived -> archived.getString("move") + " " + archived.getString("by"))
            .toList(),
        "its record keeps the one step");
    assertFalse(record.toString().contains("Status Awas"), "without the reason, the review's");
    assertEquals(
        "[\"kadis.kominfo\"]",
        record.getJsonObject("seal").getJsonArray("approvedBy").toString(),
        "and the seal of the head who let it out");

    String ordinary =
        createDraft("staf.humas", "BIASA", "Jadwal biasa", "<p>Isi.</p>").getString("id");
    Response refused =
        api.post(
            "/api/releases/" + ordinary + "/urgent-publication",
            token("kadis.kominfo"),
            "{\"reason\":\"Ingin cepat\"}");
    assertEquals(409, refused.status(), "only serta-merta skips review");
  }

  @Test
  void theAuthorWithdrawsAndNothingMoreHappensToTheRelease() {
    String id =
        createDraft("staf.humas", "BIASA", "Pengumuman batal", "<p>Isi.</p>").getString("id");
    assertEquals(200, submit(id, "staf.humas").status());
    assertEquals(
        403,
        api.post("/api/releases/" + id + "/withdraw", token("kabid.humas"), "{}").status(),
        "only the author withdraws");
    Response withdrawn = api.post("/api/releases/" + id + "/withdraw", token("staf.humas"), "{}");
    assertEquals(200, withdrawn.status(), withdrawn.body());
    assertEquals("WITHDRAWN", withdrawn.json().getString("status"));

    assertEquals(409, submit(id, "staf.humas").status());
    Response decided = decide(id, "kabid.humas", "APPROVE", null);
    assertEquals(409, decided.status());
    assertEquals(PROBLEMS + "rule-violation", decided.json().getString("type"));
    JsonObject current = api.get("/api/releases/" + id, token("staf.humas")).json();
    assertEquals(
        409,
        api.put(
                "/api/releases/" + id,
                token("staf.humas"),
                "{\"type\":\"NEWS\",\"title\":\"Lagi\",\"body\":\"Isi\"}",
                etag(current))
            .status());
    assertFalse(awaiting("kabid.humas").contains(id));
  }

  @Test
  void twoHeadsDecidingAtTheSameMomentMakeExactlyOneDecision() throws Exception {
    for (int round = 0; round < 3; round++) {
      String id =
          createDraft("staf.humas", "BIASA", "Serentak " + round, "<p>Isi.</p>").getString("id");
      assertEquals(200, submit(id, "staf.humas").status());
      List<Callable<Response>> decisions = new ArrayList<>();
      for (String[] head :
          new String[][] {
            {token("kabid.humas"), "REQUEST_CHANGES"}, {token("kadis.kominfo"), "APPROVE"}
          }) {
        decisions.add(
            () ->
                api.post(
                    "/api/releases/" + id + "/decisions",
                    head[0],
                    "{\"decision\":\"" + head[1] + "\",\"comment\":\"Serentak\"}"));
      }
      List<Integer> statuses =
          atTheSameMoment(decisions).stream().map(Response::status).sorted().toList();
      assertEquals(List.of(200, 409), statuses, "round " + round);
      assertEquals(1, everyItem("/api/releases/" + id + "/decisions", token("staf.humas")).size());
      String after = status(id, "staf.humas");
      assertTrue(after.equals("PUBLISHED") || after.equals("CHANGES_REQUESTED"), after);
    }
  }
}
