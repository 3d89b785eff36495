package id.go.jogjaprov.warta.workflow.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.workflow.api.ReviewMove;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every stage × every move × with and without the agency head's second approval, against a table
 * written out by hand: "-" where the move is refused.
 */
class ReviewFlowTest {

  /** stage, move, where it leads without a second approval, where it leads with one. */
  private static final String TABLE =
      """
      DRAFT                 SUBMIT           IN_REVIEW             IN_REVIEW
      DRAFT                 REVISE           DRAFT                 DRAFT
      DRAFT                 REQUEST_CHANGES  -                     -
      DRAFT                 APPROVE          -                     -
      DRAFT                 REJECT           -                     -
      DRAFT                 WITHDRAW         WITHDRAWN             WITHDRAWN
      DRAFT                 PUBLISH          -                     -
      DRAFT                 EMBARGO          DRAFT                 DRAFT
      DRAFT                 URGENT_PUBLISH   PUBLISHED             PUBLISHED
      IN_REVIEW             SUBMIT           -                     -
      IN_REVIEW             REVISE           IN_REVIEW             IN_REVIEW
      IN_REVIEW             REQUEST_CHANGES  CHANGES_REQUESTED     CHANGES_REQUESTED
      IN_REVIEW             APPROVE          APPROVED              AWAITING_AGENCY_HEAD
      IN_REVIEW             REJECT           REJECTED              REJECTED
      IN_REVIEW             WITHDRAW         WITHDRAWN             WITHDRAWN
      IN_REVIEW             PUBLISH          -                     -
      IN_REVIEW             EMBARGO          IN_REVIEW             IN_REVIEW
      IN_REVIEW             URGENT_PUBLISH   PUBLISHED             PUBLISHED
      CHANGES_REQUESTED     SUBMIT           RESUBMITTED           RESUBMITTED
      CHANGES_REQUESTED     REVISE           CHANGES_REQUESTED     CHANGES_REQUESTED
      CHANGES_REQUESTED     REQUEST_CHANGES  -                     -
      CHANGES_REQUESTED     APPROVE          -                     -
      CHANGES_REQUESTED     REJECT           -                     -
      CHANGES_REQUESTED     WITHDRAW         WITHDRAWN             WITHDRAWN
      CHANGES_REQUESTED     PUBLISH          -                     -
      CHANGES_REQUESTED     EMBARGO          CHANGES_REQUESTED     CHANGES_REQUESTED
      CHANGES_REQUESTED     URGENT_PUBLISH   PUBLISHED             PUBLISHED
      RESUBMITTED           SUBMIT           -                     -
      RESUBMITTED           REVISE           RESUBMITTED           RESUBMITTED
      RESUBMITTED           REQUEST_CHANGES  CHANGES_REQUESTED     CHANGES_REQUESTED
      RESUBMITTED           APPROVE          APPROVED              AWAITING_AGENCY_HEAD
      RESUBMITTED           REJECT           REJECTED              REJECTED
      RESUBMITTED           WITHDRAW         WITHDRAWN             WITHDRAWN
      RESUBMITTED           PUBLISH          -                     -
      RESUBMITTED           EMBARGO          RESUBMITTED           RESUBMITTED
      RESUBMITTED           URGENT_PUBLISH   PUBLISHED             PUBLISHED
      AWAITING_AGENCY_HEAD  SUBMIT           -                     -
      AWAITING_AGENCY_HEAD  REVISE           IN_REVIEW             IN_REVIEW
      AWAITING_AGENCY_HEAD  REQUEST_CHANGES  CHANGES_REQUESTED     CHANGES_REQUESTED
      AWAITING_AGENCY_HEAD  APPROVE          APPROVED              APPROVED
      AWAITING_AGENCY_HEAD  REJECT           REJECTED              REJECTED
      AWAITING_AGENCY_HEAD  WITHDRAW         WITHDRAWN             WITHDRAWN
      AWAITING_AGENCY_HEAD  PUBLISH          -                     -
      AWAITING_AGENCY_HEAD  EMBARGO          AWAITING_AGENCY_HEAD  AWAITING_AGENCY_HEAD
      AWAITING_AGENCY_HEAD  URGENT_PUBLISH   PUBLISHED             PUBLISHED
      APPROVED              SUBMIT           -                     -
      APPROVED              REVISE           IN_REVIEW             IN_REVIEW
      APPROVED              REQUEST_CHANGES  -                     -
      APPROVED              APPROVE          -                     -
      APPROVED              REJECT           -                     -
      APPROVED              WITHDRAW         WITHDRAWN             WITHDRAWN
      APPROVED              PUBLISH          PUBLISHED             PUBLISHED
      APPROVED              EMBARGO          APPROVED              APPROVED
      APPROVED              URGENT_PUBLISH   PUBLISHED             PUBLISHED
      PUBLISHED             SUBMIT           -                     -
      PUBLISHED             REVISE           -                     -
      PUBLISHED             REQUEST_CHANGES  -                     -
      PUBLISHED             APPROVE          -                     -
      PUBLISHED             REJECT           -                     -
      PUBLISHED             WITHDRAW         -                     -
      PUBLISHED             PUBLISH          -                     -
      PUBLISHED             EMBARGO          -                     -
      PUBLISHED             URGENT_PUBLISH   -                     -
      REJECTED              SUBMIT           -                     -
      REJECTED              REVISE           -                     -
      REJECTED              REQUEST_CHANGES  -                     -
      REJECTED              APPROVE          -                     -
      REJECTED              REJECT           -                     -
      REJECTED              WITHDRAW         -                     -
      REJECTED              PUBLISH          -                     -
      REJECTED              EMBARGO          -                     -
      REJECTED              URGENT_PUBLISH   -                     -
      WITHDRAWN             SUBMIT           -                     -
      WITHDRAWN             REVISE           -                     -
      WITHDRAWN             REQUEST_CHANGES  -                     -
      WITHDRAWN             APPROVE          -                     -
      WITHDRAWN             REJECT           -                     -
      WITHDRAWN             WITHDRAW         -                     -
      WITHDRAWN             PUBLISH          -                     -
      WITHDRAWN             EMBARGO          -                     -
      WITHDRAWN             URGENT_PUBLISH   -                     -
      """;

  private static Map<String, String[]> table() {
    Map<String, String[]> rows = new HashMap<>();
    TABLE
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .map(line -> line.split("\\s+"))
        .forEach(cells -> rows.put(cells[0] + " " + cells[1], cells));
    return rows;
  }

  @Test
  void everyStageAndMoveLeadsWhereTheTableSays() {
    Map<String, String[]> rows = table();
    int checked = 0;
    for (ReleaseStatus from : ReleaseStatus.values()) {
      for (ReviewMove move : ReviewMove.values()) {
        String[] row = rows.get(from + " " + move);
        assertTrue(row != null, "the table has no row for " + from + " " + move);
        for (boolean second : new boolean[] {false, true}) {
          String expected = row[second ? 3 : 2];
          Optional<ReleaseStatus> actual = ReviewFlow.after(from, move, second);
          assertEquals(
              expected.equals("-")
                  ? Optional.empty()
                  : Optional.of(ReleaseStatus.valueOf(expected)),
              actual,
              from + " " + move + (second ? " (second approval needed)" : ""));
          checked++;
        }
      }
    }
    assertEquals(rows.size() * 2, checked, "the table has rows for stages or moves that are gone");
  }

  @Test
  void aRefusedMoveSaysWhyInTheOfficesWords() {
    RuleViolationException ended =
        assertThrows(
            RuleViolationException.class,
            () -> ReviewFlow.require(ReleaseStatus.PUBLISHED, ReviewMove.WITHDRAW, false));
    assertTrue(ended.getMessage().contains("Terbit"), ended.getMessage());
    RuleViolationException decided =
        assertThrows(
            RuleViolationException.class,
            () -> ReviewFlow.require(ReleaseStatus.CHANGES_REQUESTED, ReviewMove.APPROVE, false));
    assertTrue(decided.getMessage().contains("sudah diputuskan"), decided.getMessage());
    RuleViolationException early =
        assertThrows(
            RuleViolationException.class,
            () -> ReviewFlow.require(ReleaseStatus.DRAFT, ReviewMove.PUBLISH, false));
    assertEquals("Rilis berstatus Konsep tidak dapat diterbitkan.", early.getMessage());
  }
}
