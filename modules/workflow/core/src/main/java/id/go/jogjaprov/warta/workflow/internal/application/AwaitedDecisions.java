package id.go.jogjaprov.warta.workflow.internal.application;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.workflow.internal.domain.Reviews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** For reminders: which decision a release awaits now, read in a transaction of its own. */
@ApplicationScoped
class AwaitedDecisions {

  @Inject Reviews reviews;

  /** The decision awaited and since when; empty when none is, or the caller may not see it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  Optional<AwaitedDecision> awaited(ReleaseId id) {
    return reviews
        .find(id)
        .filter(review -> review.status().isUnderReview())
        .flatMap(
            review ->
                review
                    .waitingSince()
                    .map(
                        since ->
                            new AwaitedDecision(
                                since, review.status() == ReleaseStatus.AWAITING_AGENCY_HEAD)));
  }
}

/** A decision a release awaits: since when, and whether it is the agency head's second one. */
record AwaitedDecision(Instant since, boolean secondApproval) {}
