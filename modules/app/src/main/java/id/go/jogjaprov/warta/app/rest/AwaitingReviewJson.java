package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.workflow.api.AwaitingReview;
import java.time.Instant;

/**
 * A release waiting for the caller's decision: its summary, since when it waits, when it is due.
 */
public record AwaitingReviewJson(
    String id,
    String type,
    String title,
    String classification,
    String unit,
    String status,
    String author,
    Instant waitingSince,
    Instant dueAt,
    boolean overdue) {

  static AwaitingReviewJson of(AwaitingReview waiting) {
    var release = waiting.release();
    return new AwaitingReviewJson(
        release.id().toString(),
        release.type().name(),
        release.title(),
        release.classification().name(),
        release.unit().value(),
        release.status().name(),
        release.author().value(),
        waiting.waitingSince(),
        waiting.dueAt(),
        waiting.overdue());
  }
}
