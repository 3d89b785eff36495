package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.workflow.api.DecisionRecord;
import java.time.Instant;

/** One entry of a release's approval trail on the wire. */
public record DecisionJson(String decision, String comment, String decidedBy, Instant decidedAt) {

  static DecisionJson of(DecisionRecord record) {
    return new DecisionJson(
        record.decision().name(), record.comment(), record.decidedBy().value(), record.decidedAt());
  }
}
