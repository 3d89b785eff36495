package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.workflow.api.ReviewDecision;

/**
 * A head's decision: APPROVE, REQUEST_CHANGES or REJECT, with a comment (required unless
 * approving), and, where the leak check stopped an approval, the reason to publish all the same.
 */
public record DecisionRequest(String decision, String comment, String leakCheckOverride) {

  java.util.Optional<String> override() {
    return java.util.Optional.ofNullable(leakCheckOverride);
  }

  ReviewDecision reviewDecision() {
    return ReleaseRequest.named(ReviewDecision.class, decision, "decision");
  }
}
