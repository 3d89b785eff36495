package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.TestStack;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who is told what, on the real stack with a real SMTP server on loopback: heads hear of a
 * submission in their inbox and by e-mail, authors of decisions and publication, agency heads of a
 * second approval awaited; whoever took the step is not told; an e-mail about classified material
 * names no title.
 */
class NotificationsIT extends WartaIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private Optional<JsonObject> inboxEntry(String official, String releaseId, String kind)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    do {
      Optional<JsonObject> found =
          everyItem("/api/inbox", token(official)).stream()
              .filter(e -> e.getString("releaseId").equals(releaseId))
              .filter(e -> e.getString("kind").equals(kind))
              .findFirst();
      if (found.isPresent()) {
        return found;
      }
      Thread.sleep(500);
    } while (Instant.now().isBefore(deadline));
    return Optional.empty();
  }

  private boolean hasEntry(String official, String releaseId) {
    return everyItem("/api/inbox", token(official)).stream()
        .anyMatch(e -> e.getString("releaseId").equals(releaseId));
  }

  @Test
  void headsHearOfASubmissionInTheirInboxAndByMailAndTheAuthorOfTheDecision() throws Exception {
    String marker = "notis" + UUID.randomUUID().toString().substring(0, 8);
    String id =
        createDraft("staf.humas", "BIASA", "Jadwal " + marker, "<p>Isi.</p>").getString("id");
    assertEquals(
        200, api.post("/api/releases/" + id + "/submit", token("staf.humas"), "{}").status());

    JsonObject entry = inboxEntry("kabid.humas", id, "REVIEW_REQUESTED").orElseThrow();
    assertEquals("Jadwal " + marker, entry.getString("title"));
    assertEquals("staf.humas", entry.getString("actor"));
    assertFalse(entry.getBoolean("read"));
    MimeMessage mail = mailTo("kabid.humas@jogjaprov.go.id", body -> body.contains(id));
    assertTrue(
        mail.getSubject().contains(marker), "a Biasa release is named: " + mail.getSubject());
    assertFalse(hasEntry("staf.humas", id), "whoever submitted is not told");
    assertFalse(hasEntry("kabid.pariwisata", id), "another unit's head is not told");

    assertEquals(
        204,
        api.post("/api/inbox/" + entry.getString("id") + "/read", token("kabid.humas"), "")
            .status());
    assertTrue(inboxEntry("kabid.humas", id, "REVIEW_REQUESTED").orElseThrow().getBoolean("read"));
    assertEquals(
        404,
        api.post("/api/inbox/" + entry.getString("id") + "/read", token("staf.pariwisata"), "")
            .status(),
        "another official's entry is not found");

    assertEquals(
        200,
        api.post(
                "/api/releases/" + id + "/decisions",
                token("kabid.humas"),
                "{\"decision\":\"REQUEST_CHANGES\",\"comment\":\"Lengkapi jamnya.\"}")
            .status());
    assertTrue(inboxEntry("staf.humas", id, "CHANGES_REQUESTED").isPresent());
    mailTo("staf.humas@jogjaprov.go.id", body -> body.contains(id));
  }

  @Test
  void anEmailAboutClassifiedMaterialNamesNoTitleButTheInboxShowsItToItsReader() throws Exception {
    String marker = "rahasiamail" + UUID.randomUUID().toString().substring(0, 8);
    String id =
        createDraft("staf.humas", "TERBATAS", "Rapat " + marker, "<p>Isi " + marker + ".</p>")
            .getString("id");
    assertEquals(
        200, api.post("/api/releases/" + id + "/submit", token("staf.humas"), "{}").status());
    assertEquals(
        "Rapat " + marker,
        inboxEntry("kabid.humas", id, "REVIEW_REQUESTED").orElseThrow().getString("title"));
    MimeMessage mail = mailTo("kabid.humas@jogjaprov.go.id", body -> body.contains(id));
    assertFalse(mail.getSubject().contains(marker), mail.getSubject());
    assertFalse(
        mail.getContent().toString().contains(marker), "no word of the text travels by mail");
  }

  @Test
  void aRahasiaReleaseFirstApprovedTellsTheAgencyHeadsAboveButNotTheFirstApprover()
      throws Exception {
    String id = createDraft("kabid.humas", "RAHASIA", "Pengamanan", "<p>Isi.</p>").getString("id");
    assertEquals(
        200, api.post("/api/releases/" + id + "/submit", token("kabid.humas"), "{}").status());
    assertEquals(
        "AWAITING_AGENCY_HEAD",
        api.post(
                "/api/releases/" + id + "/decisions",
                token("kadis.kominfo"),
                "{\"decision\":\"APPROVE\"}")
            .json()
            .getString("status"));
    assertTrue(inboxEntry("sekda.diy", id, "SECOND_APPROVAL_REQUESTED").isPresent());
    assertTrue(inboxEntry("asisten.sekda", id, "SECOND_APPROVAL_REQUESTED").isPresent());
    assertFalse(
        everyItem("/api/inbox", token("kadis.kominfo")).stream()
            .anyMatch(
                e ->
                    e.getString("releaseId").equals(id)
                        && e.getString("kind").equals("SECOND_APPROVAL_REQUESTED")),
        "the first approver is not asked for the second approval");
    assertEquals(
        200,
        api.post(
                "/api/releases/" + id + "/decisions",
                token("sekda.diy"),
                "{\"decision\":\"APPROVE\"}")
            .status());
    assertTrue(inboxEntry("kabid.humas", id, "PUBLISHED").isPresent(), "the author hears of it");
    List<JsonObject> none = everyItem("/api/inbox", token("staf.humas"));
    assertFalse(
        none.stream().anyMatch(e -> e.getString("releaseId").equals(id)),
        "staff not cleared hear nothing");
  }

  /** Brings a release's reminders of {@code kind} to now, as if their time had come. */
  private static void fallDue(String releaseId, String kind) throws java.sql.SQLException {
    try (var connection =
            java.sql.DriverManager.getConnection(
                TestStack.databaseUrl(), TestStack.OWNER, TestStack.OWNER_PASSWORD);
        var statement =
            connection.prepareStatement(
                "update workflow.notice set not_before = now() where release_id = ? and kind = ?")) {
      statement.setObject(1, UUID.fromString(releaseId));
      statement.setString(2, kind);
      assertEquals(1, statement.executeUpdate(), "one " + kind + " reminder was left");
    }
  }

  private static long undelivered(String releaseId) throws java.sql.SQLException {
    try (var connection =
            java.sql.DriverManager.getConnection(
                TestStack.databaseUrl(), TestStack.OWNER, TestStack.OWNER_PASSWORD);
        var statement =
            connection.prepareStatement(
                "select count(*) from workflow.notice where release_id = ? and delivered_at is null"
                    + " and not_before <= now()")) {
      statement.setObject(1, UUID.fromString(releaseId));
      var row = statement.executeQuery();
      row.next();
      return row.getLong(1);
    }
  }

  @Test
  void anOverdueDecisionIsEscalatedToTheAgencyHeadAndADecidedOneRemindsNobody() throws Exception {
    String waiting =
        createDraft("staf.humas", "BIASA", "Menunggu lama", "<p>Isi.</p>").getString("id");
    assertEquals(
        200, api.post("/api/releases/" + waiting + "/submit", token("staf.humas"), "{}").status());
    fallDue(waiting, "OVERDUE");
    assertTrue(inboxEntry("kabid.humas", waiting, "OVERDUE").isPresent(), "the head awaited");
    assertTrue(
        inboxEntry("kadis.kominfo", waiting, "OVERDUE").isPresent(),
        "escalated to the agency head above");
    mailTo("kadis.kominfo@jogjaprov.go.id", body -> body.contains(waiting));

    String decided =
        createDraft("staf.humas", "BIASA", "Sudah diputuskan", "<p>Isi.</p>").getString("id");
    assertEquals(
        200, api.post("/api/releases/" + decided + "/submit", token("staf.humas"), "{}").status());
    assertEquals(
        200,
        api.post(
                "/api/releases/" + decided + "/decisions",
                token("kabid.humas"),
                "{\"decision\":\"REQUEST_CHANGES\",\"comment\":\"Perbaiki.\"}")
            .status());
    fallDue(decided, "DUE_SOON");
    Instant deadline = Instant.now().plus(PATIENCE);
    while (undelivered(decided) > 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
    }
    assertEquals(0, undelivered(decided), "the reminder was handled");
    assertFalse(
        everyItem("/api/inbox", token("kabid.humas")).stream()
            .anyMatch(
                e ->
                    e.getString("releaseId").equals(decided)
                        && e.getString("kind").equals("DUE_SOON")),
        "a decision taken makes its reminder moot");
  }
}
