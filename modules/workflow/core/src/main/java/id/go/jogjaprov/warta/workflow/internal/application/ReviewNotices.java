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
import java.util.Optional;

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

  void after(Review review, ReleaseDetails release, ReviewMove move, Username by) {
    kindOf(move, review.status())
        .ifPresent(
            kind ->
                notices.add(
                    new Notice(
                        NOTIFIER.official().account(),
                        release.id(),
                        release.classification(),
                        release.unit(),
                        kind,
                        review.author(),
                        by,
                        release.title(),
                        clock.instant())));
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
