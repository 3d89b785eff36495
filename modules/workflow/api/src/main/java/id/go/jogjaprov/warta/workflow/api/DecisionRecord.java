package id.go.jogjaprov.warta.workflow.api;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;

/** One decision in a release's approval trail. */
public record DecisionRecord(
    ReleaseId releaseId,
    ReviewDecision decision,
    String comment,
    Username decidedBy,
    Instant decidedAt) {}
