package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Delegation (Plh/Plt) on the real stack: a head names a deputy, who then decides in the head's
 * name with both names kept, within the deputy's own clearance, and not once the delegation ends;
 * nobody else is made a deputy by anyone but a head.
 */
class DelegationIT extends WartaIT {

  private Response delegate(String head, String deputy, Instant until, String reason) {
    var body = Json.createObjectBuilder().add("delegate", deputy).add("until", until.toString());
    if (reason != null) {
      body.add("reason", reason);
    }
    return api.post("/api/delegations", token(head), body.build().toString());
  }

  private Response decide(String id, String official, String decision) {
    return api.post(
        "/api/releases/" + id + "/decisions",
        token(official),
        "{\"decision\":\"" + decision + "\",\"comment\":\"Dicatat.\"}");
  }

  private String submitted(String author, String level, String title) {
    String id = createDraft(author, level, title, "<p>Isi.</p>").getString("id");
    assertEquals(200, api.post("/api/releases/" + id + "/submit", token(author), "{}").status());
    return id;
  }

  @Test
  void aDeputyDecidesInTheHeadsNameWithinTheirOwnClearanceUntilTheDelegationEnds() {
    String before = submitted("staf.humas", "BIASA", "Sebelum Plh");
    assertEquals(403, decide(before, "kasi.humas", "APPROVE").status(), "not yet a deputy");

    Response named =
        delegate(
            "kabid.humas", "kasi.humas", Instant.now().plus(Duration.ofDays(5)), "Cuti tahunan.");
    assertEquals(201, named.status(), named.body());
    String delegation = named.json().getString("id");
    assertTrue(named.json().getBoolean("active"));
    assertTrue(
        ids(everyItem("/api/delegations", token("kasi.humas"))).contains(delegation),
        "the deputy sees that they act");
    assertTrue(
        ids(everyItem("/api/reviews?assignee=me", token("kasi.humas"))).contains(before),
        "the deputy sees what awaits the head");

    Response approved = decide(before, "kasi.humas", "APPROVE");
    assertEquals(200, approved.status(), approved.body());
    assertEquals("PUBLISHED", approved.json().getString("status"));
    JsonObject step =
        everyItem("/api/releases/" + before + "/timeline", token("staf.humas")).stream()
            .filter(s -> s.getString("move").equals("APPROVE"))
            .findFirst()
            .orElseThrow();
    assertEquals("kasi.humas", step.getString("by"));
    assertEquals("kabid.humas", step.getString("onBehalfOf"), "both names are kept");
    List<String> approvers =
        api
            .get("/api/releases/" + before + "/seal", token("staf.humas"))
            .json()
            .getJsonArray("approvedBy")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList();
    assertEquals(List.of("kasi.humas (a.n. kabid.humas)"), approvers);

    String ownText = submitted("kasi.humas", "BIASA", "Ditulis Plh");
    assertEquals(
        403, decide(ownText, "kasi.humas", "APPROVE").status(), "four eyes hold for the deputy");

    assertEquals(
        404,
        api.send("DELETE", "/api/delegations/" + delegation, token("kasi.humas"), new byte[0])
            .status(),
        "only the head ends it");
    assertEquals(
        204,
        api.send("DELETE", "/api/delegations/" + delegation, token("kabid.humas"), new byte[0])
            .status());
    String after = submitted("staf.humas", "BIASA", "Sesudah Plh");
    assertEquals(403, decide(after, "kasi.humas", "APPROVE").status(), "the delegation is over");
    assertTrue(
        everyItem("/api/audit?item=" + delegation, token("auditor.inspektorat")).stream()
                .filter(e -> e.getString("action").equals("DELEGATION"))
                .count()
            == 2,
        "naming and ending are audited");
  }

  @Test
  void aDeputyReadsNoMoreThanTheirOwnClearanceAllows() {
    String secret = submitted("kasi.humas", "RAHASIA", "Rencana rahasia");
    Response named =
        delegate(
            "kabid.humas", "staf.humas", Instant.now().plus(Duration.ofDays(1)), "Dinas luar.");
    assertEquals(201, named.status(), named.body());
    try {
      assertEquals(
          404,
          decide(secret, "staf.humas", "APPROVE").status(),
          "a Terbatas deputy cannot even see a Rahasia release");
      assertFalse(ids(everyItem("/api/reviews?assignee=me", token("staf.humas"))).contains(secret));
    } finally {
      api.send(
          "DELETE",
          "/api/delegations/" + named.json().getString("id"),
          token("kabid.humas"),
          new byte[0]);
    }
  }

  @Test
  void onlyAHeadNamesADeputyForABoundedPeriodWithAReason() {
    Instant soon = Instant.now().plus(Duration.ofDays(3));
    assertEquals(403, delegate("staf.humas", "kasi.humas", soon, "Cuti.").status());
    assertEquals(
        400, delegate("kabid.humas", "KABID.Humas", soon, "Cuti.").status(), "not oneself");
    assertEquals(400, delegate("kabid.humas", "tidak.ada", soon, "Cuti.").status());
    assertEquals(
        400,
        delegate("kabid.humas", "kasi.humas", Instant.now().minusSeconds(60), "Cuti.").status());
    assertEquals(
        400,
        delegate("kabid.humas", "kasi.humas", Instant.now().plus(Duration.ofDays(120)), "Cuti.")
            .status());
    Response noReason = delegate("kabid.humas", "kasi.humas", soon, null);
    assertEquals(400, noReason.status());
    assertEquals("reason", noReason.json().getString("field"));
    assertTrue(
        everyItem("/api/delegations", token("kasi.humas")).isEmpty(), "nothing refused was made");
  }
}
