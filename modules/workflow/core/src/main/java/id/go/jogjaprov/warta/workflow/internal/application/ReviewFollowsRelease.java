package id.go.jogjaprov.warta.workflow.internal.application;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.content.api.ReleasePublication;
import id.go.jogjaprov.warta.content.api.ReleaseReclassified;
import id.go.jogjaprov.warta.content.api.ReleaseSaved;
import id.go.jogjaprov.warta.workflow.api.ReviewMove;
import id.go.jogjaprov.warta.workflow.internal.domain.ApprovalSeals;
import id.go.jogjaprov.warta.workflow.internal.domain.PassageComments;
import id.go.jogjaprov.warta.workflow.internal.domain.Review;
import id.go.jogjaprov.warta.workflow.internal.domain.Reviews;
import id.go.jogjaprov.warta.workflow.internal.domain.Timeline;
import id.go.jogjaprov.warta.workflow.internal.domain.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Keeps each review in step with its release, in the release's own transaction: every save names a
 * writer (four eyes) and sends text under review or approved back to review; a reclassification
 * moves the review and its timeline to the release's new level, so that a raised release's comments
 * do not stay readable at the old one.
 */
@ApplicationScoped
class ReviewFollowsRelease {

  @Inject ApprovalSeals seals;
  @Inject PassageComments passageComments;
  @Inject Reviews reviews;
  @Inject Timeline timeline;
  @Inject ReleasePublication publication;
  @Inject AuditTrail audit;
  @Inject ReviewDeadlines deadlines;
  @Inject Clock clock;

  void saved(@Observes ReleaseSaved save) {
    var existing = reviews.find(save.releaseId());
    if (existing.isEmpty()) {
      reviews.add(Review.of(save, clock.instant()));
      return;
    }
    Review review = existing.get();
    if (review.saved(save, clock.instant())) {
      deadlines.apply(review, clock.instant());
      publication.enter(save.releaseId(), review.status());
      timeline.add(
          new TimelineEntry(
              review,
              ReviewMove.REVISE,
              save.classification(),
              null,
              save.savedBy(),
              java.util.Optional.empty(),
              clock.instant()));
      audit.record(
          new AuditEvent(
              AuditAction.REVIEW,
              "release",
              save.releaseId().toString(),
              save.classification(),
              ReviewMove.REVISE.name()));
    }
  }

  void reclassified(@Observes ReleaseReclassified event) {
    reviews.find(event.releaseId()).ifPresent(review -> review.followClassification(event.to()));
    timeline.of(event.releaseId()).forEach(entry -> entry.followClassification(event.to()));
    passageComments.of(event.releaseId()).forEach(note -> note.followClassification(event.to()));
    seals
        .of(event.releaseId())
        .forEach(seal -> seal.followRelease(event.to(), event.publiclyReadable()));
  }
}
