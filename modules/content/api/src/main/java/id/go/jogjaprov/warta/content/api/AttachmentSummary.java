package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.Optional;

/** A file attached to a release, without its bytes. Images need alt text before publication. */
public record AttachmentSummary(
    AttachmentId id,
    ReleaseId release,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    boolean image,
    Optional<String> altText,
    Optional<String> caption,
    Username uploadedBy,
    Instant uploadedAt) {}
