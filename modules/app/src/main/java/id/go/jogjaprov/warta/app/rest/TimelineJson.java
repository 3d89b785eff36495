package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.workflow.api.ApprovalTrailStep;
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
    return of(step.trailStep(), step.comment().orElse(null));
  }

  /** A step of an archive record's approval trail, which keeps no comments. */
  static TimelineJson of(ApprovalTrailStep step) {
    return of(step, null);
  }

  private static TimelineJson of(ApprovalTrailStep step, String comment) {
    return new TimelineJson(
        step.move().name(),
        step.reached().name(),
        step.revision(),
        comment,
        step.by().value(),
        step.onBehalfOf().map(Object::toString).orElse(null),
        step.at());
  }
}
