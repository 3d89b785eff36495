package id.go.jogjaprov.warta.workflow.api;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.Optional;

/**
 * One step in a release's review: who moved it, which revision they saw, where it led, and the
 * comment a decision carries, and the head in whose name a deputy (Plh/Plt) took it. A first
 * approval that waits for the agency head reads {@code APPROVE} reaching {@code
 * AWAITING_AGENCY_HEAD}.
 */
public record ReviewStep(
    ReleaseId releaseId,
    ReviewMove move,
    ReleaseStatus reached,
    int revision,
    Optional<String> comment,
    Username by,
    Optional<Username> onBehalfOf,
    Instant at) {

  /** A head's decision (approve, request changes, reject), as opposed to the other moves. */
  public boolean isDecision() {
    return move.isDecision();
  }

  /** The step as a published release's record keeps it: without its comment. */
  public ApprovalTrailStep trailStep() {
    return new ApprovalTrailStep(move, reached, revision, by, onBehalfOf, at);
  }
}
