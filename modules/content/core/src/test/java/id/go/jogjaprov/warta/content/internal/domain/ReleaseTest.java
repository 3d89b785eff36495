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
        ReleaseType.NEWS, "Judul baru", null, "Isi baru", Classification.BIASA, AUTHOR, NOW);
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
                ReleaseType.NEWS, "Diam-diam", null, "Isi", Classification.BIASA, HEAD, NOW));
  }

  @Test
  void aHeadWhoRevisedTheDraftCannotDecideOnIt() {
    Release release = draft(Classification.BIASA);
    release.revise(
        ReleaseType.NEWS, "Teks kepala bidang", null, "Isi baru", Classification.BIASA, HEAD, NOW);
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
        ReleaseType.NEWS, "Diperbaiki kepala bidang", null, "Isi", Classification.BIASA, HEAD, NOW);
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
                NOW));
  }
}
