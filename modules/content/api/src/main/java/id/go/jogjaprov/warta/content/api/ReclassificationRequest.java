package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A request to lower a release's classification, waiting for a second official. */
public record ReclassificationRequest(
    UUID id,
    ReleaseId releaseId,
    Classification from,
    Classification to,
    String reason,
    Username requestedBy,
    Instant requestedAt,
    ReclassificationStatus status,
    Optional<Username> approvedBy) {}
