package id.go.jogjaprov.warta.workflow.internal.domain;

import static id.go.jogjaprov.warta.content.api.ReleaseStatus.APPROVED;
import static id.go.jogjaprov.warta.content.api.ReleaseStatus.AWAITING_AGENCY_HEAD;
import static id.go.jogjaprov.warta.content.api.ReleaseStatus.CHANGES_REQUESTED;
import static id.go.jogjaprov.warta.content.api.ReleaseStatus.IN_REVIEW;
import static id.go.jogjaprov.warta.content.api.ReleaseStatus.PUBLISHED;
import static id.go.jogjaprov.warta.content.api.ReleaseStatus.REJECTED;
import static id.go.jogjaprov.warta.content.api.ReleaseStatus.RESUBMITTED;
import static id.go.jogjaprov.warta.content.api.ReleaseStatus.WITHDRAWN;

import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.workflow.api.ReviewMove;
import id.go.jogjaprov.warta.workflow.internal.WorkflowMessages;
import java.util.Optional;

/**
 * The state machine of a release's life, the only one: which move leads from which stage to which.
 * Who may make a move is {@link ReviewPolicy}'s question. An edit to text under review or approved
 * sends it back to review, since an approval is of one revision; material that needs the agency
 * head passes a second approval; serta-merta information can be published at once.
 */
public final class ReviewFlow {

  private ReviewFlow() {}

  /** Where {@code move} leads from {@code from}, if it is allowed there. */
  public static Optional<ReleaseStatus> after(
      ReleaseStatus from, ReviewMove move, boolean needsAgencyHead) {
    ReleaseStatus to =
        switch (from) {
          case DRAFT ->
              switch (move) {
                case SUBMIT -> IN_REVIEW;
                case REVISE, EMBARGO -> from;
                case WITHDRAW -> WITHDRAWN;
                case URGENT_PUBLISH -> PUBLISHED;
                default -> null;
              };
          case CHANGES_REQUESTED ->
              switch (move) {
                case SUBMIT -> RESUBMITTED;
                case REVISE, EMBARGO -> from;
                case WITHDRAW -> WITHDRAWN;
                case URGENT_PUBLISH -> PUBLISHED;
                default -> null;
              };
          case IN_REVIEW, RESUBMITTED ->
              switch (move) {
                case REVISE, EMBARGO -> from;
                case REQUEST_CHANGES -> CHANGES_REQUESTED;
                case APPROVE -> needsAgencyHead ? AWAITING_AGENCY_HEAD : APPROVED;
                case REJECT -> REJECTED;
                case WITHDRAW -> WITHDRAWN;
                case URGENT_PUBLISH -> PUBLISHED;
                default -> null;
              };
          case AWAITING_AGENCY_HEAD ->
              switch (move) {
                case REVISE -> IN_REVIEW;
                case EMBARGO -> from;
                case REQUEST_CHANGES -> CHANGES_REQUESTED;
                case APPROVE -> APPROVED;
                case REJECT -> REJECTED;
                case WITHDRAW -> WITHDRAWN;
                case URGENT_PUBLISH -> PUBLISHED;
                default -> null;
              };
          case APPROVED ->
              switch (move) {
                case REVISE -> IN_REVIEW;
                case EMBARGO -> from;
                case PUBLISH, URGENT_PUBLISH -> PUBLISHED;
                case WITHDRAW -> WITHDRAWN;
                default -> null;
              };
          case PUBLISHED, REJECTED, WITHDRAWN -> null;
        };
    return Optional.ofNullable(to);
  }

  /** Whether {@code move} may be made from {@code from}; only an approval's end depends on more. */
  public static boolean allows(ReleaseStatus from, ReviewMove move) {
    return after(from, move, false).isPresent();
  }

  /** Where {@code move} leads from {@code from}; refused with a message that says why. */
  public static ReleaseStatus require(
      ReleaseStatus from, ReviewMove move, boolean needsAgencyHead) {
    return after(from, move, needsAgencyHead).orElseThrow(() -> refusal(from, move));
  }

  static RuleViolationException refusal(ReleaseStatus from, ReviewMove move) {
    if (from.isEnded()) {
      return new RuleViolationException(WorkflowMessages.RELEASE_ENDED, from.label());
    }
    if (move == ReviewMove.APPROVE
        || move == ReviewMove.REQUEST_CHANGES
        || move == ReviewMove.REJECT) {
      return new RuleViolationException(WorkflowMessages.NOT_AWAITING_DECISION, from.label());
    }
    WorkflowMessages attempted =
        switch (move) {
          case SUBMIT -> WorkflowMessages.MOVE_SUBMIT;
          case REVISE -> WorkflowMessages.MOVE_REVISE;
          case WITHDRAW -> WorkflowMessages.MOVE_WITHDRAW;
          case EMBARGO -> WorkflowMessages.MOVE_EMBARGO;
          default -> WorkflowMessages.MOVE_PUBLISH;
        };
    return new RuleViolationException(WorkflowMessages.MOVE_NOT_ALLOWED, from.label(), attempted);
  }
}
