package id.go.jogjaprov.warta.workflow.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.workflow.api.DecisionTimes;
import id.go.jogjaprov.warta.workflow.api.ReviewMove;
import id.go.jogjaprov.warta.workflow.api.ReviewStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionTimesTest {

  private static final Instant T0 = Instant.parse("2026-11-30T01:00:00Z");

  private static ReviewStep step(ReleaseId id, ReviewMove move, ReleaseStatus reached, int hours) {
    return new ReviewStep(
        id,
        move,
        reached,
        1,
        Optional.empty(),
        new Username("x"),
        Optional.empty(),
        T0.plus(Duration.ofHours(hours)));
  }

  @Test
  void eachDecisionCountsFromWhenTheTextReachedTheHeadsAndTheMedianIsTheMiddleOne() {
    ReleaseId a = ReleaseId.random();
    ReleaseId b = ReleaseId.random();
    DecisionTimes times =
        DecisionTimes.of(
            List.of(
                step(a, ReviewMove.SUBMIT, ReleaseStatus.IN_REVIEW, 0),
                step(a, ReviewMove.REQUEST_CHANGES, ReleaseStatus.CHANGES_REQUESTED, 2),
                step(a, ReviewMove.REVISE, ReleaseStatus.CHANGES_REQUESTED, 3),
                step(a, ReviewMove.SUBMIT, ReleaseStatus.RESUBMITTED, 4),
                step(a, ReviewMove.APPROVE, ReleaseStatus.AWAITING_AGENCY_HEAD, 10),
                step(a, ReviewMove.APPROVE, ReleaseStatus.APPROVED, 30),
                step(b, ReviewMove.SUBMIT, ReleaseStatus.IN_REVIEW, 0),
                step(b, ReviewMove.URGENT_PUBLISH, ReleaseStatus.PUBLISHED, 1)));
    assertEquals(3, times.decisions(), "2 h, 6 h and 20 h; an urgent publication is no decision");
    assertEquals(Optional.of(Duration.ofHours(6)), times.median());
  }

  @Test
  void noDecisionNoMedian() {
    assertEquals(new DecisionTimes(Optional.empty(), 0), DecisionTimes.of(List.of()));
  }
}
