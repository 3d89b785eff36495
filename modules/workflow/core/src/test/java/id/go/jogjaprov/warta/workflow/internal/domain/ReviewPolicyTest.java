package id.go.jogjaprov.warta.workflow.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.access.api.Clearance;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.content.api.InformationCategory;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseSaved;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.kernel.WartaException;
import id.go.jogjaprov.warta.workflow.api.ReviewDecision;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewPolicyTest {

  private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
  private static final UnitPath HUMAS = UnitPath.of("/Pemda DIY/Diskominfo DIY/Bidang Humas");
  private static final UnitPath KOMINFO = UnitPath.of("/Pemda DIY/Diskominfo DIY");
  private static final UnitPath DINKES = UnitPath.of("/Pemda DIY/Dinas Kesehatan");

  private static final Official AUTHOR = official("staf.humas", Role.STAFF, HUMAS);
  private static final Official COLLEAGUE = official("staf.humas2", Role.STAFF, HUMAS);
  private static final Official HEAD = official("kabid.humas", Role.DEPARTMENT_HEAD, HUMAS);
  private static final Official OTHER_HEAD = official("kabid.humas2", Role.DEPARTMENT_HEAD, HUMAS);
  private static final Official AGENCY_HEAD = official("kadis.kominfo", Role.AGENCY_HEAD, KOMINFO);
  private static final Official FOREIGN_HEAD =
      official("kabid.dinkes", Role.DEPARTMENT_HEAD, DINKES);

  private static Official official(String name, Role role, UnitPath unit) {
    return new Official(
        true,
        new Username(name),
        AccountId.NONE,
        Set.of(role),
        Clearance.upTo(Classification.SANGAT_RAHASIA),
        Set.of(unit));
  }

  private static ReleaseSaved save(Official by, int revision, Classification level) {
    return save(by, revision, level, InformationCategory.SETIAP_SAAT);
  }

  private static ReleaseSaved save(
      Official by, int revision, Classification level, InformationCategory category) {
    return new ReleaseSaved(
        RELEASE,
        revision,
        by.username(),
        AUTHOR.username(),
        HUMAS,
        level,
        category,
        ReleaseStatus.DRAFT);
  }

  private static final ReleaseId RELEASE = ReleaseId.random();

  private static Review submitted(Classification level) {
    Review review = Review.of(save(AUTHOR, 1, level), NOW);
    ReviewPolicy.require(ReviewPolicy.refusalToSubmit(AUTHOR, review));
    review.submit(NOW);
    return review;
  }

  private static boolean mayDecide(Official official, Review review) {
    return ReviewPolicy.refusalToDecide(official, review).isEmpty();
  }

  @Test
  void headsOfTheOwningLineDecideButNotTheAuthorNorAnotherUnitsHead() {
    Review review = submitted(Classification.BIASA);
    assertTrue(mayDecide(HEAD, review));
    assertTrue(mayDecide(AGENCY_HEAD, review), "the head of the unit above decides too");
    assertFalse(mayDecide(AUTHOR, review));
    assertFalse(mayDecide(COLLEAGUE, review), "staff do not decide");
    Optional<WartaException> foreign = ReviewPolicy.refusalToDecide(FOREIGN_HEAD, review);
    assertTrue(foreign.orElseThrow() instanceof NotPermittedException);
  }

  @Test
  void whoeverSavedAnyRevisionNeverDecidesWhateverTheSpellingOfTheirName() {
    Review review = Review.of(save(AUTHOR, 1, Classification.BIASA), NOW);
    review.saved(
        new ReleaseSaved(
            RELEASE,
            2,
            new Username("KABID.Humas"),
            AUTHOR.username(),
            HUMAS,
            Classification.BIASA,
            InformationCategory.SETIAP_SAAT,
            ReleaseStatus.DRAFT),
        NOW);
    review.submit(NOW);
    WartaException refused = ReviewPolicy.refusalToDecide(HEAD, review).orElseThrow();
    assertTrue(refused.getMessage().contains("ikut menulis"), refused.getMessage());
    assertTrue(mayDecide(OTHER_HEAD, review));
  }

  @Test
  void anEditUnderReviewOrAfterApprovalSendsTheTextBackToReviewAndTheEditorLosesTheirVote() {
    Review review = submitted(Classification.BIASA);
    review.decide(ReviewDecision.APPROVE, HEAD.username(), NOW, false);
    assertEquals(ReleaseStatus.APPROVED, review.status());
    assertTrue(review.saved(save(OTHER_HEAD, 2, Classification.BIASA), NOW));
    assertEquals(ReleaseStatus.IN_REVIEW, review.status());
    assertEquals(2, review.revision(), "the approval to come is of the new revision");
    assertFalse(mayDecide(OTHER_HEAD, review));
    assertTrue(mayDecide(HEAD, review));
  }

  @Test
  void rahasiaNeedsASecondApprovalByAnAgencyHeadWhoIsNotTheFirstApprover() {
    Review review = submitted(Classification.RAHASIA);
    assertEquals(
        ReleaseStatus.AWAITING_AGENCY_HEAD,
        review.decide(ReviewDecision.APPROVE, HEAD.username(), NOW, false));
    assertFalse(mayDecide(HEAD, review), "the first approver does not approve twice");
    assertFalse(mayDecide(OTHER_HEAD, review), "a department head gives no second approval");
    Official agencyHeadWhoApprovedFirst = official("kabid.humas", Role.AGENCY_HEAD, KOMINFO);
    assertTrue(
        ReviewPolicy.refusalToDecide(agencyHeadWhoApprovedFirst, review).orElseThrow()
            instanceof NotPermittedException);
    assertTrue(mayDecide(AGENCY_HEAD, review));
    assertEquals(
        ReleaseStatus.APPROVED,
        review.decide(ReviewDecision.APPROVE, AGENCY_HEAD.username(), NOW, false));
    assertTrue(review.firstApprover().isEmpty());
  }

  @Test
  void sertaMertaApprovedOutsideOfficeHoursWaitsForTheAgencyHeadAndWithinHoursDoesNot() {
    Review night =
        Review.of(save(AUTHOR, 1, Classification.BIASA, InformationCategory.SERTA_MERTA), NOW);
    night.submit(NOW);
    assertEquals(
        ReleaseStatus.AWAITING_AGENCY_HEAD,
        night.decide(ReviewDecision.APPROVE, HEAD.username(), NOW, true));
    Review day =
        Review.of(save(AUTHOR, 1, Classification.BIASA, InformationCategory.SERTA_MERTA), NOW);
    day.submit(NOW);
    assertEquals(
        ReleaseStatus.APPROVED, day.decide(ReviewDecision.APPROVE, HEAD.username(), NOW, false));
    Review ordinary = submitted(Classification.BIASA);
    assertEquals(
        ReleaseStatus.APPROVED,
        ordinary.decide(ReviewDecision.APPROVE, HEAD.username(), NOW, true),
        "only serta-merta waits at night");
  }

  @Test
  void theAgencyHeadPublishesSertaMertaAtOnceAndNobodyElseAndNothingElse() {
    Review warning =
        Review.of(save(AUTHOR, 1, Classification.BIASA, InformationCategory.SERTA_MERTA), NOW);
    assertTrue(ReviewPolicy.refusalToPublishUrgently(AGENCY_HEAD, warning).isEmpty());
    assertTrue(
        ReviewPolicy.refusalToPublishUrgently(HEAD, warning).orElseThrow()
            instanceof NotPermittedException);
    assertTrue(
        ReviewPolicy.refusalToPublishUrgently(
                official("kadis.pariwisata", Role.AGENCY_HEAD, DINKES), warning)
            .isPresent(),
        "another line's agency head");
    Review ordinary = Review.of(save(AUTHOR, 1, Classification.BIASA), NOW);
    assertTrue(
        ReviewPolicy.refusalToPublishUrgently(AGENCY_HEAD, ordinary).orElseThrow()
            instanceof RuleViolationException);
    assertEquals(ReleaseStatus.PUBLISHED, warning.publishedUrgently(NOW));
    assertTrue(ReviewPolicy.refusalToPublishUrgently(AGENCY_HEAD, warning).isPresent(), "once");
  }

  @Test
  void eachDecisionAwaitedIsDueAnewAndNoneOnceDecided() {
    Review review = Review.of(save(AUTHOR, 1, Classification.RAHASIA), NOW);
    review.dueBy(NOW.plusSeconds(60));
    assertTrue(review.dueAt().isEmpty(), "a draft waits for nobody");
    review.submit(NOW);
    assertEquals(NOW, review.waitingSince().orElseThrow());
    review.dueBy(NOW.plusSeconds(60));
    review.dueBy(NOW.plusSeconds(120));
    assertEquals(NOW.plusSeconds(60), review.dueAt().orElseThrow(), "set once per wait");
    Instant later = NOW.plusSeconds(3600);
    review.decide(ReviewDecision.APPROVE, HEAD.username(), later, false);
    assertEquals(later, review.waitingSince().orElseThrow(), "the agency head's wait begins");
    assertTrue(review.dueAt().isEmpty());
    review.decide(ReviewDecision.REQUEST_CHANGES, AGENCY_HEAD.username(), later, false);
    assertTrue(review.waitingSince().isEmpty());
  }

  @Test
  void biasaNeedsOneApproval() {
    Review review = submitted(Classification.TERBATAS);
    assertEquals(
        ReleaseStatus.APPROVED, review.decide(ReviewDecision.APPROVE, HEAD.username(), NOW, false));
  }

  @Test
  void onlyTheAuthorWithdrawsAndOnlyBeforePublication() {
    Review review = submitted(Classification.BIASA);
    assertTrue(
        ReviewPolicy.refusalToWithdraw(COLLEAGUE, review).orElseThrow()
            instanceof NotPermittedException);
    assertTrue(ReviewPolicy.refusalToWithdraw(AUTHOR, review).isEmpty());
    review.decide(ReviewDecision.APPROVE, HEAD.username(), NOW, false);
    review.published(NOW);
    assertTrue(
        ReviewPolicy.refusalToWithdraw(AUTHOR, review).orElseThrow()
            instanceof RuleViolationException);
  }

  @Test
  void aSecondDecisionOnADecidedReleaseIsToldItWasDecided() {
    Review review = submitted(Classification.BIASA);
    review.decide(ReviewDecision.REQUEST_CHANGES, HEAD.username(), NOW, false);
    WartaException late = ReviewPolicy.refusalToDecide(OTHER_HEAD, review).orElseThrow();
    assertTrue(late.getMessage().contains("sudah diputuskan"), late.getMessage());
    assertThrows(
        RuleViolationException.class,
        () -> review.decide(ReviewDecision.APPROVE, OTHER_HEAD.username(), NOW, false));
  }

  @Test
  void onlyWritersOfTheOwningLineSubmitAndResubmittingFollowsRequestedChanges() {
    Review review = Review.of(save(AUTHOR, 1, Classification.BIASA), NOW);
    assertTrue(ReviewPolicy.refusalToSubmit(FOREIGN_HEAD, review).isPresent());
    assertTrue(ReviewPolicy.refusalToSubmit(COLLEAGUE, review).isEmpty());
    review.submit(NOW);
    assertTrue(ReviewPolicy.refusalToSubmit(AUTHOR, review).isPresent(), "already under review");
    review.decide(ReviewDecision.REQUEST_CHANGES, HEAD.username(), NOW, false);
    assertEquals(ReleaseStatus.RESUBMITTED, review.submit(NOW));
  }

  private static boolean maySetEmbargo(Official official, Review review) {
    return ReviewPolicy.refusalToSetEmbargo(official, review).isEmpty();
  }

  @Test
  void writersAndHeadsOfTheLineSetTheEmbargoBeforeApprovalButNoOneElse() {
    Review review = submitted(Classification.BIASA);
    assertTrue(maySetEmbargo(AUTHOR, review));
    assertTrue(maySetEmbargo(COLLEAGUE, review), "a writer of the line, not only the author");
    assertTrue(maySetEmbargo(HEAD, review));
    assertFalse(maySetEmbargo(FOREIGN_HEAD, review));
    Official reader = official("arsiparis", Role.ARCHIVIST, HUMAS);
    assertFalse(maySetEmbargo(reader, review), "reading the unit's work is not writing it");
  }

  @Test
  void onceApprovedOnlyAHeadWhoHadNoHandInTheTextMovesTheEmbargo() {
    Review review = submitted(Classification.BIASA);
    Instant until = NOW.plusSeconds(3600);
    review.embargo(Optional.of(until), NOW);
    review.decide(ReviewDecision.APPROVE, HEAD.username(), NOW, false);
    assertEquals(ReleaseStatus.APPROVED, review.status(), "an embargo leaves the stage alone");
    assertTrue(review.isEmbargoedAt(NOW));
    assertFalse(review.isEmbargoedAt(until), "the embargo lifts at its time, not a moment later");
    WartaException refused = ReviewPolicy.refusalToSetEmbargo(AUTHOR, review).orElseThrow();
    assertTrue(refused instanceof NotPermittedException, refused.getMessage());
    assertTrue(maySetEmbargo(HEAD, review));
    Review edited = Review.of(save(AUTHOR, 1, Classification.RAHASIA), NOW);
    edited.saved(save(HEAD, 2, Classification.RAHASIA), NOW);
    edited.submit(NOW);
    edited.decide(ReviewDecision.APPROVE, OTHER_HEAD.username(), NOW, false);
    assertEquals(ReleaseStatus.AWAITING_AGENCY_HEAD, edited.status());
    assertFalse(maySetEmbargo(HEAD, edited), "a head who wrote part of the text, once approved");
    assertTrue(maySetEmbargo(AGENCY_HEAD, edited));
  }

  @Test
  void anEndedReleaseTakesNoEmbargo() {
    Review review = submitted(Classification.BIASA);
    review.decide(ReviewDecision.APPROVE, HEAD.username(), NOW, false);
    review.published(NOW);
    assertTrue(
        ReviewPolicy.refusalToSetEmbargo(HEAD, review).orElseThrow()
            instanceof RuleViolationException);
    assertThrows(
        RuleViolationException.class, () -> review.embargo(Optional.of(NOW.plusSeconds(60)), NOW));
  }

  private static Delegation delegation(Official head, Official deputy) {
    return new Delegation(
        head,
        new id.go.jogjaprov.warta.access.api.Contact(
            deputy.account(), deputy.username(), Optional.empty(), Optional.empty()),
        NOW,
        NOW.plusSeconds(86_400),
        "Cuti tahunan.",
        NOW);
  }

  @Test
  void aDeputyDecidesAsTheHeadCouldButFourEyesHoldForBothOfThem() {
    Official deputy = official("kasi.humas", Role.STAFF, HUMAS);
    Review review = submitted(Classification.BIASA);
    assertFalse(mayDecide(deputy, review), "not in their own right");
    Delegation plh = delegation(HEAD, deputy);
    assertTrue(plh.activeAt(NOW));
    assertFalse(plh.activeAt(NOW.plusSeconds(86_400)), "over at its end");
    assertTrue(ReviewPolicy.refusalToDecideFor(deputy, plh, review).isEmpty());
    assertEquals(HEAD.username(), plh.authority(deputy).username(), "in the head's name");
    assertEquals(deputy.clearance(), plh.authority(deputy).clearance(), "with their own clearance");

    Review ownText = Review.of(save(deputy, 1, Classification.BIASA), NOW);
    ownText.submit(NOW);
    assertTrue(
        ReviewPolicy.refusalToDecideFor(deputy, plh, ownText).isPresent(),
        "a deputy never decides on text they wrote");
    Review headsText = Review.of(save(AUTHOR, 1, Classification.BIASA), NOW);
    headsText.saved(save(HEAD, 2, Classification.BIASA), NOW);
    headsText.submit(NOW);
    assertTrue(
        ReviewPolicy.refusalToDecideFor(deputy, plh, headsText).isPresent(),
        "nor in the name of a head who wrote it");
    Delegation fromStaff = delegation(COLLEAGUE, deputy);
    assertTrue(
        ReviewPolicy.refusalToDecideFor(deputy, fromStaff, review).isPresent(),
        "staff have no decision to hand over");
  }
}
