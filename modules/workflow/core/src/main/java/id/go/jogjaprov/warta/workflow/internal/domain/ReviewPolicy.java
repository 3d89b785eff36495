package id.go.jogjaprov.warta.workflow.internal.domain;

import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.kernel.WartaException;
import id.go.jogjaprov.warta.workflow.api.ReviewMove;
import id.go.jogjaprov.warta.workflow.internal.WorkflowMessages;
import java.util.Optional;

/**
 * Who may move a review, in one place: the pages ask ({@code may…}) and the service requires
 * ({@code require…}) the same answer, so a page never offers what the service would refuse. Each
 * question answers with the refusal, if there is one, the stage's own rule ({@link ReviewFlow})
 * included.
 */
public final class ReviewPolicy {

  private ReviewPolicy() {}

  /** Writers of the owning unit's line hand a draft, or the text they changed, to the heads. */
  public static Optional<WartaException> refusalToSubmit(Official official, Review review) {
    if (!official.writes() || !official.belongsAbove(review.unit())) {
      return Optional.of(new NotPermittedException(WorkflowMessages.OWNING_UNIT_WRITERS_ONLY));
    }
    return stageRefuses(review, ReviewMove.SUBMIT);
  }

  /** Only the author withdraws, and only before publication. */
  public static Optional<WartaException> refusalToWithdraw(Official official, Review review) {
    if (!official.username().equals(review.author())) {
      return Optional.of(new NotPermittedException(WorkflowMessages.AUTHOR_ONLY_WITHDRAWS));
    }
    return stageRefuses(review, ReviewMove.WITHDRAW);
  }

  /**
   * Heads of the owning unit's line decide; for the second approval, an agency head other than the
   * first approver. Four eyes: nobody who saved any revision of the text decides on it.
   */
  public static Optional<WartaException> refusalToDecide(Official official, Review review) {
    Optional<WartaException> stage = stageRefuses(review, ReviewMove.APPROVE);
    if (stage.isPresent()) {
      return stage;
    }
    if (!official.reviews() || !official.belongsAbove(review.unit())) {
      return Optional.of(new NotPermittedException(WorkflowMessages.OWNING_UNIT_HEAD_ONLY));
    }
    if (review.status() == ReleaseStatus.AWAITING_AGENCY_HEAD) {
      if (!official.hasRole(Role.AGENCY_HEAD)) {
        return Optional.of(new NotPermittedException(WorkflowMessages.AGENCY_HEAD_ONLY));
      }
      if (review.firstApprover().filter(official.username()::equals).isPresent()) {
        return Optional.of(new NotPermittedException(WorkflowMessages.SECOND_APPROVER_DIFFERS));
      }
    }
    if (review.hadAHandIn(official.username())) {
      return Optional.of(new NotPermittedException(WorkflowMessages.DECIDER_WROTE_REVISION));
    }
    return Optional.empty();
  }

  /**
   * A deputy (Plh/Plt) decides in a head's name as the head could, with their own clearance; four
   * eyes hold for both of them.
   */
  public static Optional<WartaException> refusalToDecideFor(
      Official deputy, Delegation delegation, Review review) {
    Optional<WartaException> asHead = refusalToDecide(delegation.authority(deputy), review);
    if (asHead.isPresent()) {
      return asHead;
    }
    if (review.hadAHandIn(deputy.username())) {
      return Optional.of(new NotPermittedException(WorkflowMessages.DECIDER_WROTE_REVISION));
    }
    if (review.firstApprover().filter(deputy.username()::equals).isPresent()) {
      return Optional.of(new NotPermittedException(WorkflowMessages.SECOND_APPROVER_DIFFERS));
    }
    return Optional.empty();
  }

  /**
   * The agency head of the owning line publishes serta-merta information at once; four eyes hold
   * here too.
   */
  public static Optional<WartaException> refusalToPublishUrgently(
      Official official, Review review) {
    Optional<WartaException> stage = stageRefuses(review, ReviewMove.URGENT_PUBLISH);
    if (stage.isPresent()) {
      return stage;
    }
    if (!official.hasRole(Role.AGENCY_HEAD) || !official.belongsAbove(review.unit())) {
      return Optional.of(
          new NotPermittedException(WorkflowMessages.AGENCY_HEAD_PUBLISHES_URGENTLY));
    }
    if (!review.isSertaMerta()) {
      return Optional.of(new RuleViolationException(WorkflowMessages.ONLY_SERTA_MERTA_IS_URGENT));
    }
    if (review.hadAHandIn(official.username())) {
      return Optional.of(new NotPermittedException(WorkflowMessages.DECIDER_WROTE_REVISION));
    }
    return Optional.empty();
  }

  /**
   * Writers and heads of the owning unit's line set the time before which the release may not go
   * public, until it is approved; from the first approval on, only a head of the line who had no
   * hand in the text moves or lifts it, since that time is part of what was approved.
   */
  public static Optional<WartaException> refusalToSetEmbargo(Official official, Review review) {
    Optional<WartaException> stage = stageRefuses(review, ReviewMove.EMBARGO);
    if (stage.isPresent()) {
      return stage;
    }
    boolean ofTheLine = official.belongsAbove(review.unit());
    boolean head = ofTheLine && official.reviews();
    if (review.status() == ReleaseStatus.APPROVED
        || review.status() == ReleaseStatus.AWAITING_AGENCY_HEAD) {
      return head && !review.hadAHandIn(official.username())
          ? Optional.empty()
          : Optional.of(
              new NotPermittedException(WorkflowMessages.EMBARGO_AFTER_APPROVAL_BY_HEADS));
    }
    return head || (ofTheLine && official.writes())
        ? Optional.empty()
        : Optional.of(new NotPermittedException(WorkflowMessages.EMBARGO_WRITERS_OR_HEADS_ONLY));
  }

  public static void require(Optional<WartaException> refusal) {
    if (refusal.isPresent()) {
      throw refusal.get();
    }
  }

  private static Optional<WartaException> stageRefuses(Review review, ReviewMove move) {
    return ReviewFlow.allows(review.status(), move)
        ? Optional.empty()
        : Optional.of(ReviewFlow.refusal(review.status(), move));
  }
}
