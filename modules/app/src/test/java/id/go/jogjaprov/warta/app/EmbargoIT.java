package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Embargoes on the real stack: an approved release stays out of every public channel until its
 * time, then publishes by itself exactly once, as the scheduled publisher that the approving head
 * entrusted it to; who may set, move and lift an embargo; and what bad times get.
 */
class EmbargoIT extends WartaIT {

  static final String PUBLISHER = "warta (terbit terjadwal)";

  private Response setEmbargo(String id, String official, Instant until) {
    return setEmbargo(id, official, until.atOffset(ZoneOffset.ofHours(7)).toString());
  }

  private Response setEmbargo(String id, String official, String until) {
    return api.put(
        "/api/releases/" + id + "/embargo", token(official), "{\"until\":\"" + until + "\"}");
  }

  private Response approve(String id, String head) {
    return api.post(
        "/api/releases/" + id + "/decisions", token(head), "{\"decision\":\"APPROVE\"}");
  }

  private String status(String id) {
    return api.get("/api/releases/" + id, token("staf.humas")).json().getString("status");
  }

  /**
   * Every public channel that would name the release, by name: the open-data list, the portal, the
   * portal's search for its {@code marker}, the feeds and what a harvester receives since {@code
   * since}.
   */
  private Map<String, String> publicChannels(Instant since, String marker) {
    return Map.of(
        "portal search",
        withoutOwnWords(PageSession.anonymous().get("/?q=" + marker).body(), marker),
        "open data",
        api.get("/api/public/releases?size=100", null).body(),
        "portal",
        PageSession.anonymous().get("/").body(),
        "RSS",
        api.get("/feeds/releases.rss", null).body(),
        "Atom",
        api.get("/feeds/releases.atom", null).body(),
        "unit's Atom",
        api.get("/feeds/units/Pemda%20DIY/Diskominfo%20DIY/Bidang%20Humas.atom", null).body(),
        "OAI-PMH",
        harvest(
            "verb=ListRecords&metadataPrefix=oai_dc&from="
                + since.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
  }

  @Test
  void anApprovedReleaseStaysOutOfEveryPublicChannelUntilItsEmbargoLiftsThenPublishesOnce()
      throws InterruptedException {
    String marker = "sekaten" + UUID.randomUUID().toString().substring(0, 8);
    Instant began = Instant.now();
    String id =
        createDraft("staf.humas", "BIASA", "Pembukaan " + marker, "<p>Isi " + marker + ".</p>")
            .getString("id");
    Response attached =
        api.upload(
            "/api/releases/" + id + "/attachments?name=jadwal.pdf",
            token("staf.humas"),
            "application/pdf",
            AttachmentsIT.PDF);
    assertEquals(201, attached.status(), attached.body());
    Instant until = Instant.now().plusSeconds(15);
    Response set = setEmbargo(id, "staf.humas", until);
    assertEquals(200, set.status(), set.body());
    assertEquals(
        until.getEpochSecond(), Instant.parse(set.json().getString("until")).getEpochSecond());
    assertEquals(
        200, api.post("/api/releases/" + id + "/submit", token("staf.humas"), "{}").status());
    Response approved = approve(id, "kabid.humas");
    assertEquals(200, approved.status(), approved.body());
    assertEquals("APPROVED", approved.json().getString("status"), "held back by the embargo");

    Response moveByAuthor = setEmbargo(id, "staf.humas", until.plusSeconds(3600));
    assertEquals(403, moveByAuthor.status(), "once approved, the time is the heads' to move");
    publicChannels(began, marker)
        .forEach(
            (channel, answer) ->
                assertFalse(answer.contains(marker), channel + ": not before its time"));
    assertFalse(api.get("/api/archive/search?q=" + marker, null).body().contains(marker));
    String address =
        api.get("/api/releases/" + id, token("staf.humas")).json().getString("slug", null);
    if (address != null) {
      assertEquals(404, api.get("/api/public/releases/" + address, null).status());
      assertEquals(404, PageSession.anonymous().get("/rilis/" + address).statusCode());
    }
    JsonObject embargo = api.get("/api/releases/" + id + "/embargo", token("staf.humas")).json();
    assertEquals("APPROVED", embargo.getString("status"));
    assertEquals(
        404, api.get("/api/releases/" + id + "/embargo", token("staf.pariwisata")).status());

    Instant deadline = until.plusSeconds(60);
    while (!status(id).equals("PUBLISHED") && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
    }
    assertEquals("PUBLISHED", status(id));
    JsonObject published = api.get("/api/releases/" + id, token("staf.humas")).json();
    assertFalse(
        Instant.parse(published.getString("publishedAt")).isBefore(until),
        "not a moment before its time");
    // A timer's publication has no request to wait for the search index: it follows within a
    // second of the commit (ADR 10).
    Thread.sleep(1000);
    publicChannels(began, marker)
        .forEach(
            (channel, answer) -> assertTrue(answer.contains(marker), channel + ": after its time"));
    String slug = published.getString("slug");
    assertTrue(api.get("/api/public/releases/" + slug, null).body().contains(marker));
    assertTrue(PageSession.anonymous().get("/rilis/" + slug).body().contains(marker));
    String record = recordOf(marker, "arsiparis");
    JsonObject archived = api.get("/api/archive/records/" + record, token("arsiparis")).json();
    assertEquals(
        List.of("jadwal.pdf"),
        archived.getJsonArray("files").getValuesAs(JsonObject.class).stream()
            .map(file -> file.getString("fileName"))
            .toList(),
        "the publisher, entrusted with the release, archived its attachment too");

    List<JsonObject> timeline = everyItem("/api/releases/" + id + "/timeline", token("staf.humas"));
    List<JsonObject> publications =
        timeline.stream().filter(step -> step.getString("move").equals("PUBLISH")).toList();
    assertEquals(1, publications.size(), "published exactly once: " + timeline);
    assertEquals(PUBLISHER, publications.get(0).getString("by"));
    assertEquals(
        timeline.stream().map(step -> step.getString("move")).toList(),
        archived.getJsonArray("approvalTrail").getValuesAs(JsonObject.class).stream()
            .map(step -> step.getString("move"))
            .toList(),
        "the publisher, entrusted with the release, archived its whole trail");
    assertTrue(archived.containsKey("seal"), "and its seal");
    assertTrue(
        timeline.stream().anyMatch(step -> step.getString("move").equals("EMBARGO")),
        "setting the embargo is a step of the timeline");

    List<JsonObject> audit = everyItem("/api/audit?item=" + id, token("auditor.inspektorat"));
    assertTrue(
        audit.stream()
            .anyMatch(
                entry ->
                    entry.getString("action").equals("GRANT")
                        && entry.getString("actor").equals("kabid.humas")
                        && entry.getString("detail").contains(PUBLISHER)),
        "the approving head entrusted the release to the publisher: " + audit);
    assertEquals(
        1,
        audit.stream()
            .filter(
                entry ->
                    entry.getString("actor").equals(PUBLISHER)
                        && entry.getString("detail").equals("PUBLISH"))
            .count(),
        "the publication is recorded once, as the publisher's: " + audit);
  }

  @Test
  void liftingTheEmbargoOfAnApprovedReleasePublishesItAtOnceAndOnlyAHeadMayDoIt() {
    String id =
        createDraft("staf.humas", "BIASA", "Rilis berembargo", "<p>Isi.</p>").getString("id");
    assertEquals(
        200, setEmbargo(id, "staf.humas", Instant.now().plus(Duration.ofDays(2))).status());
    assertEquals(
        200, api.post("/api/releases/" + id + "/submit", token("staf.humas"), "{}").status());
    assertEquals("APPROVED", approve(id, "kabid.humas").json().getString("status"));

    Response byAuthor =
        api.send("DELETE", "/api/releases/" + id + "/embargo", token("staf.humas"), new byte[0]);
    assertEquals(403, byAuthor.status(), byAuthor.body());
    assertEquals("APPROVED", status(id));
    Response byHead =
        api.send("DELETE", "/api/releases/" + id + "/embargo", token("kabid.humas"), new byte[0]);
    assertEquals(200, byHead.status(), byHead.body());
    assertEquals("PUBLISHED", byHead.json().getString("status"));
    Response again =
        api.send("DELETE", "/api/releases/" + id + "/embargo", token("kabid.humas"), new byte[0]);
    assertEquals(409, again.status(), "a published release takes no embargo: " + again.body());
  }

  @Test
  void aTimeInThePastTooFarAheadOrNotATimeIsRefusedAndChangesNothing() {
    String id = createDraft("staf.humas", "BIASA", "Waktu salah", "<p>Isi.</p>").getString("id");
    for (String bad :
        List.of(
            Instant.now().minusSeconds(60).toString(),
            Instant.now().plus(Duration.ofDays(400)).toString(),
            "besok pagi",
            "")) {
      Response refused = setEmbargo(id, "staf.humas", bad);
      assertEquals(400, refused.status(), bad + ": " + refused.body());
      assertEquals(PROBLEMS + "invalid-input", refused.json().getString("type"), refused.body());
      assertEquals("until", refused.json().getString("field"), refused.body());
    }
    Response noBody = api.put("/api/releases/" + id + "/embargo", token("staf.humas"), "{}");
    assertEquals(400, noBody.status(), noBody.body());
    JsonObject embargo = api.get("/api/releases/" + id + "/embargo", token("staf.humas")).json();
    assertEquals("DRAFT", embargo.getString("status"));
    assertFalse(embargo.containsKey("until"), "nothing was set: " + embargo);
    Response foreign = setEmbargo(id, "kabid.pariwisata", Instant.now().plusSeconds(3600));
    assertEquals(404, foreign.status(), "another unit does not even learn the release exists");
  }
}
