package id.go.jogjaprov.warta.workflow.api;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.UUID;

/** A reviewer's comment on a passage of a revision, shown beside the text. */
public record PassageNote(
    UUID id,
    ReleaseId releaseId,
    int revision,
    String passage,
    String comment,
    Username by,
    Instant at) {}
