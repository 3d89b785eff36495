package id.go.jogjaprov.warta.workflow.api;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How long decisions took: from the moment the text reached the heads (submitted, resubmitted, or
 * first approved for the agency head) to their decision, over the steps given.
 *
 * @param median the middle one (the mean of the two middle ones), if any decision was taken
 * @param decisions how many were counted
 */
public record DecisionTimes(Optional<Duration> median, int decisions) {

  /** From a review timeline, release by release and oldest step first within each release. */
  public static DecisionTimes of(List<ReviewStep> steps) {
    Map<ReleaseId, java.time.Instant> waitingSince = new HashMap<>();
    List<Duration> took = new ArrayList<>();
    for (ReviewStep step : steps) {
      if (step.isDecision() && step.move() != ReviewMove.URGENT_PUBLISH) {
        java.time.Instant since = waitingSince.remove(step.releaseId());
        if (since != null) {
          took.add(Duration.between(since, step.at()));
        }
      }
      if (step.reached().isUnderReview()
          && (step.move() == ReviewMove.SUBMIT || step.move() == ReviewMove.APPROVE)) {
        waitingSince.put(step.releaseId(), step.at());
      }
    }
    if (took.isEmpty()) {
      return new DecisionTimes(Optional.empty(), 0);
    }
    took.sort(Comparator.naturalOrder());
    int middle = took.size() / 2;
    Duration median =
        took.size() % 2 == 1
            ? took.get(middle)
            : took.get(middle - 1).plus(took.get(middle)).dividedBy(2);
    return new DecisionTimes(Optional.of(median), took.size());
  }
}
