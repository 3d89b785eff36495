package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.TestStack;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
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

  private static MimeMessage mailTo(String address, Predicate<String> bodyMatches)
      throws InterruptedException, MessagingException, IOException {
    Instant deadline = Instant.now().plus(PATIENCE);
    do {
      for (MimeMessage message : TestStack.receivedMail()) {
        if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)
            && bodyMatches.test(message.getContent().toString())) {
          return message;
        }
      }
      Thread.sleep(500);
    } while (Instant.now().isBefore(deadline));
    throw new AssertionError("no e-mail to " + address);
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
}
