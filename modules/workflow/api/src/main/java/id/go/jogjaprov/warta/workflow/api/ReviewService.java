package id.go.jogjaprov.warta.workflow.api;

import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import java.util.List;

/**
 * Review of releases by the heads of their unit, and a second approval by the agency head for
 * Rahasia and above. Nobody decides on text they had a hand in. {@link #allowedMoves} gives exactly
 * the answers the moves would: a page offers a button only when it would work.
 */
public interface ReviewService {

  /** Hands the release to the unit's heads (again, after requested changes). */
  ReleaseDetails submit(ReleaseId id);

  /**
   * Records the caller's decision (a comment is required unless approving). The final approval
   * publishes exactly the approved revision.
   */
  default ReleaseDetails decide(ReleaseId id, ReviewDecision decision, String comment) {
    return decide(id, decision, comment, java.util.Optional.empty());
  }

  /**
   * As {@link #decide(ReleaseId, ReviewDecision, String)}; a final approval of a Biasa release
   * first passes the leak check ({@link LeakSuspectedException}), unless an official who may read
   * every overlapping classified release gives {@code leakCheckOverride}, a reason that is audited.
   */
  ReleaseDetails decide(
      ReleaseId id,
      ReviewDecision decision,
      String comment,
      java.util.Optional<String> leakCheckOverride);

  /**
   * The agency head publishes serta-merta information (a disaster warning) at once, whatever stage
   * its review had reached; the reason is recorded.
   */
  default ReleaseDetails publishUrgently(ReleaseId id, String reason) {
    return publishUrgently(id, reason, java.util.Optional.empty());
  }

  /** As {@link #publishUrgently(ReleaseId, String)}, past the leak check as a decision is. */
  ReleaseDetails publishUrgently(
      ReleaseId id, String reason, java.util.Optional<String> leakCheckOverride);

  /**
   * Sets or moves ({@code until}) or lifts (empty) the time before which the release may not go
   * public. An approved release then publishes by itself at that time, exactly once, even across a
   * restart; lifting the embargo of an approved release publishes it now.
   */
  ReleaseDetails embargo(ReleaseId id, java.util.Optional<java.time.Instant> until);

  /** The author takes the release back for good, before publication. */
  ReleaseDetails withdraw(ReleaseId id);

  /** What the caller may do to the release's review now, answered from one reading of it. */
  AllowedMoves allowedMoves(ReleaseDetails release);

  /**
   * Releases waiting for a decision the caller may take, longest waiting first, each with its due
   * date (the close of office on the second working day, by default).
   */
  Page<AwaitingReview> awaitingMyDecision(PageRequest page);

  /**
   * How long the heads took to decide in the last {@code days} days, over the releases the caller
   * may see.
   */
  DecisionTimes decisionTimes(int days);

  /**
   * A reviewer who may decide on the release comments on a passage of the revision before them; the
   * author reads it beside the text.
   */
  PassageNote commentOnPassage(ReleaseId id, String passage, String comment);

  /** Reviewers' comments on passages of a release the caller may see, oldest first. */
  List<PassageNote> passageNotes(ReleaseId id);

  /** The heads' decisions on a release the caller may see, oldest first. */
  List<ReviewStep> decisionsOn(ReleaseId id);

  /** Every step of a release's review (submitted, decided, sent back, published…), oldest first. */
  List<ReviewStep> timelineOf(ReleaseId id);
}
