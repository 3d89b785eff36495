package id.go.jogjaprov.warta.workflow.internal.application;

import id.go.jogjaprov.warta.workflow.internal.domain.OfficeHours;
import id.go.jogjaprov.warta.workflow.internal.domain.Review;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a reviewer's decision is due: the close of office on the {@code
 * warta.review.working-days}-th working day (two by default) after the text reached them.
 */
@ApplicationScoped
class ReviewDeadlines {

  @Inject OfficeHours officeHours;

  @Inject
  @ConfigProperty(name = "warta.review.working-days", defaultValue = "2")
  int workingDays;

  /** Gives the decision the review now waits for its due date, if it has none yet. */
  void apply(Review review, Instant now) {
    review.dueBy(dueFor(review.waitingSince().orElse(now)));
  }

  /** When a decision waiting since {@code since} is due. */
  Instant dueFor(Instant since) {
    return officeHours.closeOfWorkingDay(since, workingDays);
  }
}
