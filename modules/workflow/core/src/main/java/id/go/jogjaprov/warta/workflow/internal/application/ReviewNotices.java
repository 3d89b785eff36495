package id.go.jogjaprov.warta.workflow.internal.application;

import id.go.jogjaprov.warta.access.api.Duty;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.workflow.api.NoticeKind;
import id.go.jogjaprov.warta.workflow.api.ReviewMove;
import id.go.jogjaprov.warta.workflow.internal.domain.Notice;
import id.go.jogjaprov.warta.workflow.internal.domain.Notices;
import id.go.jogjaprov.warta.workflow.internal.domain.Review;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Leaves a notice for the notifier in the transaction of the step it is about: a step that did not
 * happen tells nobody, and a step that happened is told even if Keycloak or the mail server is away
 * at that moment.
 */
@ApplicationScoped
class ReviewNotices {

  /** The duty that tells officials: notices are its own work. */
  static final Duty NOTIFIER =
      new Duty(
          new Username("warta (pemberitahuan)"),
          "notices",
          "memberi tahu pejabat tentang langkah tinjauan");

  @Inject Notices notices;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "warta.review.remind-before", defaultValue = "PT4H")
  Duration remindBefore;

  /**
   * Leaves the step's notice; a step that makes heads wait for a decision also leaves the reminders
   * of that wait: one {@code warta.review.remind-before} (four hours) before it is due, and one
   * when it is overdue.
   */
  void after(Review review, ReleaseDetails release, ReviewMove move, Username by) {
    Optional<NoticeKind> kind = kindOf(move, review.status());
    if (kind.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    Notice notice =
        new Notice(
            NOTIFIER.official().account(),
            release.id(),
            release.classification(),
            release.unit(),
            kind.get(),
            review.author(),
            by,
            release.title(),
            now);
    notices.add(notice);
    if (kind.get() == NoticeKind.REVIEW_REQUESTED
        || kind.get() == NoticeKind.SECOND_APPROVAL_REQUESTED) {
      Instant since = review.waitingSince().orElse(now);
      review
          .dueAt()
          .ifPresent(
              due -> {
                Instant soon = due.minus(remindBefore);
                if (soon.isAfter(now)) {
                  notices.add(Notice.reminder(notice, NoticeKind.DUE_SOON, since, soon, now));
                }
                notices.add(Notice.reminder(notice, NoticeKind.OVERDUE, since, due, now));
              });
    }
  }

  /** Who hears of a step: the heads it now waits for, or the author of what was decided. */
  static Optional<NoticeKind> kindOf(ReviewMove move, ReleaseStatus reached) {
    return Optional.ofNullable(
        switch (move) {
          case SUBMIT -> NoticeKind.REVIEW_REQUESTED;
          case APPROVE ->
              reached == ReleaseStatus.AWAITING_AGENCY_HEAD
                  ? NoticeKind.SECOND_APPROVAL_REQUESTED
                  : null;
          case REQUEST_CHANGES -> NoticeKind.CHANGES_REQUESTED;
          case REJECT -> NoticeKind.REJECTED;
          case PUBLISH, URGENT_PUBLISH -> NoticeKind.PUBLISHED;
          case REVISE, WITHDRAW, EMBARGO -> null;
        });
  }
}
