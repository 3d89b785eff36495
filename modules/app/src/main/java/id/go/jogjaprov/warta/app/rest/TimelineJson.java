package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.workflow.api.ReviewStep;
import java.time.Instant;

/** One step of a release's review on the wire: the move, where it led, and on which revision. */
public record TimelineJson(
    String move, String reached, int revision, String comment, String by, Instant at) {

  static TimelineJson of(ReviewStep step) {
    return new TimelineJson(
        step.move().name(),
        step.reached().name(),
        step.revision(),
        step.comment().orElse(null),
        step.by().value(),
        step.at());
  }
}
