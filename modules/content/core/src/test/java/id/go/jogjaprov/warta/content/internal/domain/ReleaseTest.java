package id.go.jogjaprov.warta.content.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.content.api.ConsequenceTest;
import id.go.jogjaprov.warta.content.api.ContactPerson;
import id.go.jogjaprov.warta.content.api.InformationCategory;
import id.go.jogjaprov.warta.content.api.Language;
import id.go.jogjaprov.warta.content.api.ReleaseDraft;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseMetadata;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleaseTest {

  private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
  private static final Username AUTHOR = new Username("staf.humas");
  private static final Username HEAD = new Username("kabid.humas");

  private static ReleaseDraft text(
      ReleaseType type,
      String title,
      String lead,
      String body,
      Classification classification,
      String changeNote) {
    return new ReleaseDraft(
        type,
        title,
        lead,
        body,
        classification,
        Optional.empty(),
        changeNote,
        null,
        null,
        "487.1",
        "HUM-01",
        null);
  }

  private static ReleaseDraft described(ReleaseMetadata metadata) {
    return new ReleaseDraft(
        ReleaseType.NEWS,
        "Judul",
        null,
        "Isi",
        null,
        Optional.empty(),
        null,
        null,
        null,
        null,
        null,
        metadata);
  }

  private static Release draft(Classification classification) {
    return Release.draft(
        ReleaseId.random(),
        text(
            ReleaseType.PRESS_RELEASE,
            "  Pelatihan humas  ",
            "Teras",
            "Isi siaran pers.",
            classification,
            null),
        UnitPath.of("/Pemda DIY/Diskominfo DIY/Bidang Humas"),
        AUTHOR,
        NOW);
  }

  @Test
  void aDraftIsTrimmedAndStartsAsKonsep() {
    Release release = draft(Classification.BIASA);
    assertEquals("Pelatihan humas", release.details().title());
    assertEquals(ReleaseStatus.DRAFT, release.status());
  }

  @Test
  void exactlyTheApprovedRevisionIsPublishedAndOnlyOnce() {
    Release release = draft(Classification.BIASA);
    release.enter(ReleaseStatus.IN_REVIEW, NOW);
    release.enter(ReleaseStatus.APPROVED, NOW);
    release.revise(
        text(ReleaseType.NEWS, "Diubah sesudah disetujui", null, "Isi", Classification.BIASA, null),
        AUTHOR,
        NOW);
    RuleViolationException changed =
        assertThrows(RuleViolationException.class, () -> release.publish(1, NOW));
    assertTrue(changed.getMessage().contains("telah berubah"), changed.getMessage());
    assertEquals(ReleaseStatus.APPROVED, release.status(), "nothing went out");
    assertFalse(release.isPubliclyReadable());

    release.publish(2, NOW);
    assertEquals(ReleaseStatus.PUBLISHED, release.status());
    assertEquals(NOW, release.details().publishedAt().orElseThrow());
    assertThrows(RuleViolationException.class, () -> release.publish(2, NOW));
  }

  @Test
  void publicationIsNotAStageTheWorkflowCanSetDirectly() {
    Release release = draft(Classification.BIASA);
    assertThrows(IllegalArgumentException.class, () -> release.enter(ReleaseStatus.PUBLISHED, NOW));
  }

  @Test
  void textUnderReviewMayChangeButEndedTextMayNot() {
    Release release = draft(Classification.BIASA);
    release.enter(ReleaseStatus.IN_REVIEW, NOW);
    release.revise(
        text(ReleaseType.NEWS, "Diperbaiki", null, "Isi", Classification.BIASA, null), HEAD, NOW);
    assertEquals(2, release.revision());
    for (ReleaseStatus ended :
        new ReleaseStatus[] {ReleaseStatus.REJECTED, ReleaseStatus.WITHDRAWN}) {
      Release closed = draft(Classification.BIASA);
      closed.enter(ended, NOW);
      assertThrows(
          RuleViolationException.class,
          () ->
              closed.revise(
                  text(ReleaseType.NEWS, "Diam-diam", null, "Isi", Classification.BIASA, null),
                  HEAD,
                  NOW));
    }
  }

  @Test
  void aTitleWithANulCharacterIsRefusedNamingTheField() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                Release.draft(
                    ReleaseId.random(),
                    text(ReleaseType.NEWS, "Judul\u0000", null, "Isi", Classification.BIASA, null),
                    UnitPath.of("/Pemda DIY"),
                    AUTHOR,
                    NOW));
    assertEquals("title", refused.field().orElseThrow());
  }

  @Test
  void onlyAPublishedBiasaReleaseBecomesPublic() {
    Release biasa = draft(Classification.BIASA);
    Release terbatas = draft(Classification.TERBATAS);
    terbatas.revise(withTest(Classification.TERBATAS, REVIEW), AUTHOR, NOW);
    for (Release release : new Release[] {biasa, terbatas}) {
      release.enter(ReleaseStatus.APPROVED, NOW);
      release.publish(release.revision(), NOW);
    }
    assertTrue(biasa.isPubliclyReadable());
    assertFalse(terbatas.isPubliclyReadable());
  }

  private static final LocalDate REVIEW = LocalDate.of(2027, 11, 20);

  private static ReleaseDraft withTest(Classification classification, LocalDate reviewOn) {
    return new ReleaseDraft(
        ReleaseType.PRESS_RELEASE,
        "Kajian",
        null,
        "Isi kajian.",
        classification,
        Optional.empty(),
        null,
        InformationCategory.DIKECUALIKAN,
        new ConsequenceTest(
            "Pasal 17 huruf b UU 14/2008",
            "Mengganggu proses penegakan hukum",
            "Kerugian lebih besar daripada manfaat bila dibuka sekarang",
            HEAD,
            reviewOn),
        null,
        null,
        null);
  }

  @Test
  void classifiedMaterialIsExemptInformationAndNeverPublicInformation() {
    assertEquals(
        InformationCategory.DIKECUALIKAN,
        draft(Classification.RAHASIA).details().informationCategory());
    assertEquals(
        InformationCategory.SETIAP_SAAT,
        draft(Classification.BIASA).details().informationCategory());
    Release terbatas = draft(Classification.TERBATAS);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                terbatas.revise(
                    new ReleaseDraft(
                        ReleaseType.NEWS,
                        "Judul",
                        null,
                        "Isi",
                        null,
                        Optional.empty(),
                        null,
                        InformationCategory.BERKALA,
                        null,
                        null,
                        null,
                        null),
                    AUTHOR,
                    NOW));
    assertEquals("informationCategory", refused.field().orElseThrow());
  }

  @Test
  void exemptInformationGoesToReviewOnlyWithItsConsequenceTest() {
    Release release = draft(Classification.TERBATAS);
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class, () -> release.enter(ReleaseStatus.IN_REVIEW, NOW));
    assertTrue(refused.getMessage().contains("uji konsekuensi"), refused.getMessage());
    assertEquals(ReleaseStatus.DRAFT, release.status());

    InvalidInputException past =
        assertThrows(
            InvalidInputException.class,
            () ->
                release.revise(
                    withTest(Classification.TERBATAS, LocalDate.of(2026, 11, 20)), AUTHOR, NOW));
    assertEquals("consequenceTest.reviewOn", past.field().orElseThrow());

    release.revise(withTest(Classification.TERBATAS, REVIEW), AUTHOR, NOW);
    release.enter(ReleaseStatus.IN_REVIEW, NOW);
    assertEquals(ReleaseStatus.IN_REVIEW, release.status());
    assertEquals(
        "Pasal 17 huruf b UU 14/2008",
        release.details().consequenceTest().orElseThrow().legalGround());
  }

  @Test
  void aBiasaReleaseThatIsExemptIsPublishedButNotPublic() {
    Release release = draft(Classification.BIASA);
    release.revise(withTest(Classification.BIASA, REVIEW), AUTHOR, NOW);
    release.enter(ReleaseStatus.APPROVED, NOW);
    release.publish(release.revision(), NOW);
    assertFalse(release.isPubliclyReadable());
  }

  @Test
  void raisingMakesAReleaseExemptAndLoweringAloneDoesNotMakeItPublicAgain() {
    Release release = draft(Classification.BIASA);
    release.enter(ReleaseStatus.APPROVED, NOW);
    release.publish(release.revision(), NOW);
    assertTrue(release.isPubliclyReadable());
    release.reclassify(Classification.TERBATAS, NOW);
    assertEquals(InformationCategory.DIKECUALIKAN, release.details().informationCategory());
    assertFalse(release.isPubliclyReadable());
    release.reclassify(Classification.BIASA, NOW);
    assertFalse(release.isPubliclyReadable(), "exempt until someone decides otherwise");
  }

  @Test
  void titleAndBodyAreRequired() {
    assertThrows(
        InvalidInputException.class,
        () ->
            Release.draft(
                ReleaseId.random(),
                text(ReleaseType.NEWS, " ", null, "Isi", Classification.BIASA, null),
                UnitPath.of("/Pemda DIY"),
                AUTHOR,
                NOW));
    assertThrows(
        InvalidInputException.class,
        () ->
            Release.draft(
                ReleaseId.random(),
                text(ReleaseType.NEWS, "Judul", null, null, Classification.BIASA, null),
                UnitPath.of("/Pemda DIY"),
                AUTHOR,
                NOW));
  }

  @Test
  void everySaveKeepsItsTextAtTheLevelOfTheRelease() {
    Release release = draft(Classification.TERBATAS);
    release.revise(
        text(
            ReleaseType.NEWS,
            "Judul kedua",
            null,
            "Isi kedua",
            Classification.TERBATAS,
            "Judul diperjelas"),
        HEAD,
        NOW);
    List<RevisionText> texts = release.takeUnstoredTexts();
    assertEquals(List.of(1, 2), texts.stream().map(RevisionText::number).toList());
    assertEquals("Pelatihan humas", texts.get(0).title());
    assertEquals("<p>Isi kedua</p>", texts.get(1).body());
    assertEquals(Classification.TERBATAS, texts.get(1).classification());
    assertEquals("Judul diperjelas", texts.get(1).summary().changeNote().orElseThrow());
    assertEquals(HEAD, texts.get(1).summary().author());
    assertTrue(release.takeUnstoredTexts().isEmpty(), "texts are handed over once");
  }

  @Test
  void restoringMakesTheEarlierTextTheNewestRevision() {
    Release release = draft(Classification.BIASA);
    RevisionText first = release.takeUnstoredTexts().get(0);
    release.revise(
        text(ReleaseType.NEWS, "Judul lain", null, "Isi lain", Classification.BIASA, null),
        AUTHOR,
        NOW);
    release.restore(first, HEAD, NOW);
    assertEquals(3, release.revision());
    assertEquals("Pelatihan humas", release.details().title());
    assertEquals(ReleaseType.PRESS_RELEASE, release.details().type());
    RevisionText restored = release.takeUnstoredTexts().get(1);
    assertEquals("Dipulihkan dari revisi 1", restored.summary().changeNote().orElseThrow());
  }

  @Test
  void textKeptAboveTheReleasesLevelIsNotRestoredIntoIt() {
    Release release = draft(Classification.RAHASIA);
    RevisionText secret = release.takeUnstoredTexts().get(0);
    release.reclassify(Classification.BIASA, NOW);
    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> release.restore(secret, AUTHOR, NOW));
    assertTrue(refused.getMessage().contains("naikkan klasifikasi"), refused.getMessage());
    assertEquals(1, release.revision());
    assertTrue(release.takeUnstoredTexts().isEmpty());
  }

  @Test
  void aChangeNoteWithControlCharactersIsRefusedBeforeAnythingChanges() {
    Release release = draft(Classification.BIASA);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                release.revise(
                    text(
                        ReleaseType.NEWS,
                        "Judul lain",
                        null,
                        "Isi",
                        Classification.BIASA,
                        "catatan\u0007"),
                    AUTHOR,
                    NOW));
    assertEquals("changeNote", refused.field().orElseThrow());
    assertEquals("Pelatihan humas", release.details().title());
    assertEquals(1, release.revision());
  }

  @Test
  void tagsAreKeptInOneSpellingAndAContactNeedsAWayToBeReached() {
    Release release = draft(Classification.BIASA);
    release.revise(
        described(
            new ReleaseMetadata(
                List.of("Sekaten", " sekaten ", "Budaya  Jawa"),
                Language.ID,
                Optional.empty(),
                Optional.empty(),
                Optional.of(new ContactPerson("Rina", "0274 512345", null)))),
        AUTHOR,
        NOW);
    assertEquals(List.of("budaya jawa", "sekaten"), release.details().metadata().tags());
    assertEquals("Rina", release.details().metadata().contact().orElseThrow().name());
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                release.revise(
                    described(
                        new ReleaseMetadata(
                            List.of(),
                            Language.ID,
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of(new ContactPerson("Rina", null, null)))),
                    AUTHOR,
                    NOW));
    assertEquals("contact.phone", refused.field().orElseThrow());
  }

  private static ReleaseMetadata correcting(ReleaseId corrected) {
    return new ReleaseMetadata(
        List.of(), Language.ID, Optional.empty(), Optional.of(corrected), Optional.empty());
  }

  @Test
  void aCorrectionNamesAnotherReleaseNeverItself() {
    Release release = draft(Classification.BIASA);
    ReleaseId other = ReleaseId.random();
    release.revise(described(correcting(other)), AUTHOR, NOW);
    assertEquals(Optional.of(other), release.details().metadata().corrects());
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> release.revise(described(correcting(release.details().id())), AUTHOR, NOW));
    assertEquals("corrects", refused.field().orElseThrow());
    assertEquals(Optional.of(other), release.details().metadata().corrects(), "kept as it was");
  }

  @Test
  void aReleaseGetsAPermanentAddressWhenFirstPublishedThatSaysNothingElse() {
    Release release = draft(Classification.BIASA);
    assertTrue(release.details().slug().isEmpty());
    release.enter(ReleaseStatus.APPROVED, NOW);
    release.publish(release.revision(), NOW);
    String slug = release.details().slug().orElseThrow();
    assertTrue(slug.matches("pelatihan-humas-[a-z2-9]{6}"), slug);
    assertFalse(slug.equals(Metadata.slug("Pelatihan humas")), "a random code, never a count");
  }

  @Test
  void onlyAPublicPressReleaseTakesANumberAndKeepsIt() {
    Release press = draft(Classification.BIASA);
    assertFalse(press.needsNumber(), "not before publication");
    press.enter(ReleaseStatus.APPROVED, NOW);
    press.publish(press.revision(), NOW);
    assertTrue(press.needsNumber());
    press.numberAs("7/HUMAS/XI/2026");
    assertEquals("7/HUMAS/XI/2026", press.details().number().orElseThrow());
    assertThrows(RuleViolationException.class, () -> press.numberAs("8/HUMAS/XI/2026"));

    Release classified = draft(Classification.TERBATAS);
    classified.revise(withTest(Classification.TERBATAS, REVIEW), AUTHOR, NOW);
    classified.enter(ReleaseStatus.APPROVED, NOW);
    classified.publish(classified.revision(), NOW);
    assertFalse(classified.needsNumber(), "a number would show that it exists");
  }
}
