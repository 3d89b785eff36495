package id.go.jogjaprov.warta.content.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseTest {

  private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
  private static final Username AUTHOR = new Username("staf.humas");
  private static final Username HEAD = new Username("kabid.humas");
  private static final Username OTHER_HEAD = new Username("kadis.kominfo");

  private static Release draft(Classification classification) {
    return Release.draft(
        ReleaseId.random(),
        ReleaseType.PRESS_RELEASE,
        "  Pelatihan humas  ",
        "Teras",
        "Isi siaran pers.",
        classification,
        UnitPath.of("/Pemda DIY/Diskominfo DIY/Bidang Humas"),
        AUTHOR,
        null,
        NOW);
  }

  @Test
  void aDraftIsTrimmedAndStartsAsKonsep() {
    Release release = draft(Classification.BIASA);
    assertEquals("Pelatihan humas", release.details().title());
    assertEquals(ReleaseStatus.DRAFT, release.status());
  }

  @Test
  void approverCannotApproveOwnDraft() {
    Release release = draft(Classification.BIASA);
    release.submitForReview(NOW);
    assertThrows(NotPermittedException.class, () -> release.approve(AUTHOR, NOW));
    assertEquals(ReleaseStatus.IN_REVIEW, release.status());
  }

  @Test
  void onlyAReleaseUnderReviewCanBeApprovedAndOnlyAnApprovedOneCanBePublished() {
    Release release = draft(Classification.BIASA);
    assertThrows(RuleViolationException.class, () -> release.approve(HEAD, NOW));
    assertThrows(RuleViolationException.class, () -> release.publish(NOW));
    release.submitForReview(NOW);
    release.approve(HEAD, NOW);
    release.publish(NOW);
    assertEquals(ReleaseStatus.PUBLISHED, release.status());
    assertEquals(NOW, release.details().publishedAt().orElseThrow());
  }

  @Test
  void requestedChangesReturnTheReleaseToTheAuthor() {
    Release release = draft(Classification.BIASA);
    release.submitForReview(NOW);
    release.requestChanges(HEAD, NOW);
    release.revise(
        ReleaseType.NEWS, "Judul baru", null, "Isi baru", Classification.BIASA, AUTHOR, null, NOW);
    release.submitForReview(NOW);
    assertEquals(ReleaseStatus.IN_REVIEW, release.status());
  }

  @Test
  void aReleaseUnderReviewCannotBeRevised() {
    Release release = draft(Classification.BIASA);
    release.submitForReview(NOW);
    assertThrows(
        RuleViolationException.class,
        () ->
            release.revise(
                ReleaseType.NEWS, "Diam-diam", null, "Isi", Classification.BIASA, HEAD, null, NOW));
  }

  @Test
  void aHeadWhoRevisedTheDraftCannotDecideOnIt() {
    Release release = draft(Classification.BIASA);
    release.revise(
        ReleaseType.NEWS,
        "Teks kepala bidang",
        null,
        "Isi baru",
        Classification.BIASA,
        HEAD,
        null,
        NOW);
    release.submitForReview(NOW);
    assertFalse(release.isDecidableBy(HEAD));
    assertThrows(NotPermittedException.class, () -> release.approve(HEAD, NOW));
    assertThrows(NotPermittedException.class, () -> release.reject(HEAD, NOW));
    assertEquals(ReleaseStatus.IN_REVIEW, release.status());
    assertTrue(release.isDecidableBy(OTHER_HEAD));
    release.approve(OTHER_HEAD, NOW);
    assertEquals(ReleaseStatus.APPROVED, release.status());
  }

  @Test
  void everySpellingOfTheAuthorsNameIsTheAuthor() {
    Release release = draft(Classification.BIASA);
    release.submitForReview(NOW);
    assertThrows(
        NotPermittedException.class, () -> release.approve(new Username("STAF.Humas"), NOW));
  }

  @Test
  void changesAfterRequestedChangesCountAgainstTheirWriterToo() {
    Release release = draft(Classification.BIASA);
    release.submitForReview(NOW);
    release.requestChanges(HEAD, NOW);
    release.revise(
        ReleaseType.NEWS,
        "Diperbaiki kepala bidang",
        null,
        "Isi",
        Classification.BIASA,
        HEAD,
        null,
        NOW);
    release.submitForReview(NOW);
    assertFalse(release.isDecidableBy(HEAD), "the head wrote part of the revision under review");
    assertFalse(release.isDecidableBy(AUTHOR));
    assertTrue(release.isDecidableBy(OTHER_HEAD));
  }

  @Test
  void nothingIsDecidableOutsideReview() {
    Release release = draft(Classification.BIASA);
    assertFalse(release.isDecidableBy(HEAD));
  }

  @Test
  void aTitleWithANulCharacterIsRefusedNamingTheField() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                Release.draft(
                    ReleaseId.random(),
                    ReleaseType.NEWS,
                    "Judul\u0000",
                    null,
                    "Isi",
                    Classification.BIASA,
                    UnitPath.of("/Pemda DIY"),
                    AUTHOR,
                    null,
                    NOW));
    assertEquals("title", refused.field().orElseThrow());
  }

  @Test
  void onlyAPublishedBiasaReleaseBecomesPublic() {
    Release biasa = draft(Classification.BIASA);
    Release terbatas = draft(Classification.TERBATAS);
    for (Release release : new Release[] {biasa, terbatas}) {
      release.submitForReview(NOW);
      release.approve(HEAD, NOW);
      release.publish(NOW);
    }
    assertTrue(biasa.isPubliclyReadable());
    assertFalse(terbatas.isPubliclyReadable());
  }

  @Test
  void titleAndBodyAreRequired() {
    assertThrows(
        InvalidInputException.class,
        () ->
            Release.draft(
                ReleaseId.random(),
                ReleaseType.NEWS,
                " ",
                null,
                "Isi",
                Classification.BIASA,
                UnitPath.of("/Pemda DIY"),
                AUTHOR,
                null,
                NOW));
    assertThrows(
        InvalidInputException.class,
        () ->
            Release.draft(
                ReleaseId.random(),
                ReleaseType.NEWS,
                "Judul",
                null,
                null,
                Classification.BIASA,
                UnitPath.of("/Pemda DIY"),
                AUTHOR,
                null,
                NOW));
  }

  @Test
  void everySaveKeepsItsTextAtTheLevelOfTheRelease() {
    Release release = draft(Classification.TERBATAS);
    release.revise(
        ReleaseType.NEWS,
        "Judul kedua",
        null,
        "Isi kedua",
        Classification.TERBATAS,
        HEAD,
        "Judul diperjelas",
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
        ReleaseType.NEWS, "Judul lain", null, "Isi lain", Classification.BIASA, AUTHOR, null, NOW);
    release.restore(first, HEAD, NOW);
    assertEquals(3, release.revision());
    assertEquals("Pelatihan humas", release.details().title());
    assertEquals(ReleaseType.PRESS_RELEASE, release.details().type());
    RevisionText restored = release.takeUnstoredTexts().get(1);
    assertEquals("Dipulihkan dari revisi 1", restored.summary().changeNote().orElseThrow());
    release.submitForReview(NOW);
    assertFalse(release.isDecidableBy(HEAD), "restoring is writing");
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
                    ReleaseType.NEWS,
                    "Judul lain",
                    null,
                    "Isi",
                    Classification.BIASA,
                    AUTHOR,
                    "catatan\u0007",
                    NOW));
    assertEquals("changeNote", refused.field().orElseThrow());
    assertEquals("Pelatihan humas", release.details().title());
    assertEquals(1, release.revision());
  }
}
