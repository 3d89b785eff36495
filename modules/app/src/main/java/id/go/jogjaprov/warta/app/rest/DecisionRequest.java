package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.workflow.api.ReviewDecision;

/**
 * A head's decision: APPROVE, REQUEST_CHANGES or REJECT, with a comment (required unless
 * approving).
 */
public record DecisionRequest(String decision, String comment) {

  ReviewDecision reviewDecision() {
    return ReleaseRequest.named(ReviewDecision.class, decision, "decision");
  }
}
