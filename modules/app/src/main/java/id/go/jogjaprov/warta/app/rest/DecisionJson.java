package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.workflow.api.ReviewStep;
import java.time.Instant;

/** One entry of a release's approval trail on the wire. */
public record DecisionJson(
    String decision,
    String comment,
    String decidedBy,
    String onBehalfOf,
    Instant decidedAt,
    int revision) {

  static DecisionJson of(ReviewStep step) {
    return new DecisionJson(
        step.move().name(),
        step.comment().orElse(null),
        step.by().value(),
        step.onBehalfOf().map(Object::toString).orElse(null),
        step.at(),
        step.revision());
  }
}
