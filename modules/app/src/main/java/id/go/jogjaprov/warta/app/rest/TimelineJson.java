package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.workflow.api.ReviewStep;
import java.time.Instant;

/**
 * One step of a release's review on the wire: the move, where it led, on which revision, and, for a
 * deputy's step, the head in whose name ({@code onBehalfOf}).
 */
public record TimelineJson(
    String move,
    String reached,
    int revision,
    String comment,
    String by,
    String onBehalfOf,
    Instant at) {

  static TimelineJson of(ReviewStep step) {
    return new TimelineJson(
        step.move().name(),
        step.reached().name(),
        step.revision(),
        step.comment().orElse(null),
        step.by().value(),
        step.onBehalfOf().map(Object::toString).orElse(null),
        step.at());
  }
}
