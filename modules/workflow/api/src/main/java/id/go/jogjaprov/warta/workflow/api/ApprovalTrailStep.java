package id.go.jogjaprov.warta.workflow.api;

import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.Optional;

/**
 * One step of a published release's review as its archive record keeps it: who moved it where, on
 * which revision, in whose name, when. Without the step's comment, which speaks about the release
 * in review and stays with the review.
 */
public record ApprovalTrailStep(
    ReviewMove move,
    ReleaseStatus reached,
    int revision,
    Username by,
    Optional<Username> onBehalfOf,
    Instant at) {}
