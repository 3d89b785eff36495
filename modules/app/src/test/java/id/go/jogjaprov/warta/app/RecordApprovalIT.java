package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A record keeps how its release got out: the trail of its review, shown to its unit line and to
 * archivists only (never public, not even on a public record), and the seal it was published under,
 * whole, so that it is checked with Warta's public key alone. Neither ever changes.
 */
class RecordApprovalIT extends WartaIT {

  private final String run = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "q");

  /** Each step as move, stage reached, revision, who (in whose name) and when. */
  private static List<String> steps(List<JsonObject> trail) {
    return trail.stream()
        .map(
            step ->
                String.join(
                    " ",
                    step.getString("move"),
                    step.getString("reached"),
                    Integer.toString(step.getInt("revision")),
                    step.getString("by"),
                    step.getString("onBehalfOf", "-"),
                    step.getString("at")))
        .toList();
  }

  /** What a receiving archive does: checks the statement against the signature with the key. */
  private boolean signatureHolds(JsonObject seal) throws Exception {
    String pem = api.get("/api/public/seals/key", null).body();
    byte[] der =
        Base64.getMimeDecoder()
            .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(key);
    verifier.update(seal.getString("statement").getBytes(StandardCharsets.UTF_8));
    return verifier.verify(Base64.getDecoder().decode(seal.getString("signature")));
  }

  @Test
  void aPublicRecordKeepsItsTrailForItsUnitLineAndArchivistsAndItsSealForEveryReader()
      throws Exception {
    String release =
        createDraft("staf.humas", "BIASA", "Festival " + run, "<p>Festival jejak" + run + ".</p>")
            .getString("id");
    publish(release, "staf.humas", "kabid.humas");
    String id = recordOf("jejak" + run, "arsiparis");

    JsonObject archived = record(id, "arsiparis");
    List<JsonObject> timeline =
        everyItem("/api/releases/" + release + "/timeline", token("kabid.humas"));
    assertEquals(
        steps(timeline),
        steps(archived.getJsonArray("approvalTrail").getValuesAs(JsonObject.class)),
        "the record's trail is its release's review, step for step");
    assertEquals(
        List.of("SUBMIT", "APPROVE", "PUBLISH"),
        timeline.stream().map(step -> step.getString("move")).toList());
    assertFalse(
        archived.getJsonArray("approvalTrail").toString().contains("comment"),
        "comments stay with the review");

    JsonObject seal = archived.getJsonObject("seal");
    JsonObject verified = api.get("/api/public/seals/" + seal.getString("seal"), null).json();
    assertTrue(verified.getBoolean("valid"), verified.toString());
    assertEquals(verified.getJsonArray("approvedBy"), seal.getJsonArray("approvedBy"));
    assertEquals(verified.getString("textSha256"), seal.getString("textSha256"));
    assertEquals("[\"kabid.humas\"]", seal.getJsonArray("approvedBy").toString());
    assertTrue(signatureHolds(seal), "the seal checks with Warta's public key alone");
    assertFalse(
        signatureHolds(
            Json.createObjectBuilder(seal)
                .add("statement", seal.getString("statement").replace("kabid.humas", "staf.humas"))
                .build()),
        "and a changed statement does not");

    JsonObject ownUnit = record(id, "staf.humas");
    assertEquals(
        steps(timeline),
        steps(ownUnit.getJsonArray("approvalTrail").getValuesAs(JsonObject.class)));
    JsonObject otherAgency = record(id, "staf.pariwisata");
    assertEquals(
        0,
        otherAgency.getJsonArray("approvalTrail").size(),
        "another agency reads the public record, not the office's work on it");
    assertEquals(seal, otherAgency.getJsonObject("seal"), "the seal is public with the record");

    String page =
        PageSession.signedIn("arsiparis").get("/app/archive-record.xhtml?id=" + id).body();
    assertTrue(page.contains("approval-trail"), "the archivist's page shows the trail");
    assertTrue(page.contains("verify.xhtml?seal=" + seal.getString("seal")), page);
    String otherPage =
        PageSession.signedIn("staf.pariwisata").get("/app/archive-record.xhtml?id=" + id).body();
    assertFalse(otherPage.contains("approval-trail"), "another agency's page does not");
    assertTrue(otherPage.contains(seal.getString("seal")));

    refusedToWartasRole(
        List.of(
            "update archives.record_approval_step set taken_by = 'staf.humas' where record_id = '"
                + id
                + "'",
            "delete from archives.record_approval_step where record_id = '" + id + "'",
            "update archives.record set seal_statement = replace(seal_statement, 'kabid', 'kasi')"
                + " where id = '"
                + id
                + "'",
            "update archives.record set seal = null, seal_statement = null, seal_key_id = null,"
                + " seal_signature = null where id = '"
                + id
                + "'"));
  }

  @Test
  void aClassifiedRecordsTrailNamesBothApprovalsAndFollowsItsLevel() throws SQLException {
    String release =
        createDraft("kabid.humas", "RAHASIA", "Kajian " + run, "<p>Kajian rahasia" + run + ".</p>")
            .getString("id");
    publishClassified(release, "kabid.humas", "kadis.kominfo", "sekda.diy");
    String id = recordOf("rahasia" + run, "arsiparis");

    JsonObject archived = record(id, "arsiparis");
    assertEquals(
        List.of("SUBMIT", "APPROVE", "APPROVE", "PUBLISH"),
        archived.getJsonArray("approvalTrail").getValuesAs(JsonObject.class).stream()
            .map(step -> step.getString("move"))
            .toList());
    assertEquals(
        "[\"kadis.kominfo\",\"sekda.diy\"]",
        archived.getJsonObject("seal").getJsonArray("approvedBy").toString(),
        "the seal names both approvals, the first first");
    assertEquals(
        404,
        api.get("/api/archive/records/" + id, token("staf.pariwisata")).status(),
        "neither the record nor its trail to another agency");

    updateAsOwner("update archives.record set level = 4 where id = ?", id);
    assertEquals(
        4,
        countAsOwner(
            "select count(*) from archives.record_approval_step where record_id = ? and level = 4",
            UUID.fromString(id)),
        "the trail follows its record to Sangat Rahasia");
    assertEquals(404, api.get("/api/archive/records/" + id, token("arsiparis")).status());
  }

  /**
   * Publication, its record and its trail are one transaction: when the archives cannot keep the
   * trail (a trigger refuses it here, as a full disk or a lost connection would), the head's
   * approval fails as a whole — nothing public, no record, no step of the failed attempt — and the
   * same approval succeeds once the archives can keep it.
   */
  @Test
  void whenTheArchivesCannotKeepTheTrailNothingIsPublishedAndTheApprovalCanBeGivenAgain()
      throws SQLException {
    String marker = "gagalarsip" + run;
    Response created =
        api.post(
            "/api/releases",
            token("staf.humas"),
            Json.createObjectBuilder()
                .add("type", "NEWS")
                .add("title", "Pengumuman " + marker)
                .add("body", "<p>Isi " + marker + ".</p>")
                .add("classification", "BIASA")
                .add(
                    "metadata",
                    Json.createObjectBuilder().add("tags", Json.createArrayBuilder().add(marker)))
                .build()
                .toString());
    assertEquals(201, created.status(), created.body());
    String release = created.json().getString("id");
    assertEquals(
        200, api.post("/api/releases/" + release + "/submit", token("staf.humas"), "{}").status());

    asDatabaseOwner(
        "create function archives.refuse_trail_of_test() returns trigger language plpgsql as $$"
            + " begin if exists (select 1 from archives.record r where r.id = new.record_id"
            + " and r.title like '%"
            + marker
            + "%') then raise exception 'ruang disk penuh'; end if; return new; end $$",
        "create trigger refuse_trail_of_test before insert on archives.record_approval_step"
            + " for each row execute function archives.refuse_trail_of_test()");
    Response refused;
    try {
      refused =
          api.post(
              "/api/releases/" + release + "/decisions",
              token("kabid.humas"),
              "{\"decision\":\"APPROVE\"}");
    } finally {
      asDatabaseOwner(
          "drop trigger refuse_trail_of_test on archives.record_approval_step",
          "drop function archives.refuse_trail_of_test()");
    }
    assertEquals(500, refused.status(), refused.body());
    assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
    assertFalse(
        refused.body().contains("ruang disk") || refused.body().contains(marker),
        "the database's words and the release's stay out of the answer: " + refused.body());
    assertEquals(
        "IN_REVIEW",
        api.get("/api/releases/" + release, token("staf.humas")).json().getString("status"),
        "not published, and the approval not taken either");
    assertEquals(
        0,
        countAsOwner(
            "select count(*) from archives.record where release_id = ?", UUID.fromString(release)));
    assertEquals(
        0,
        api.get("/api/public/releases?tag=" + marker, null).json().getJsonArray("items").size(),
        "nothing public");

    Response approved =
        api.post(
            "/api/releases/" + release + "/decisions",
            token("kabid.humas"),
            "{\"decision\":\"APPROVE\"}");
    assertEquals(200, approved.status(), approved.body());
    assertEquals("PUBLISHED", approved.json().getString("status"), approved.body());
    List<JsonObject> trail =
        record(recordOf(marker, "arsiparis"), "arsiparis")
            .getJsonArray("approvalTrail")
            .getValuesAs(JsonObject.class);
    assertEquals(
        List.of("SUBMIT", "APPROVE", "PUBLISH"),
        trail.stream().map(step -> step.getString("move")).toList(),
        "the failed attempt left no step");
  }
}
