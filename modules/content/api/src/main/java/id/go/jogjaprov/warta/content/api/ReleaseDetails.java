package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.Optional;

/**
 * A release as its permitted readers see it. {@code body} is safe HTML (sanitised when saved, fit
 * to render as it is); {@code bodyText} is its words, a paragraph per block, for search and
 * excerpts.
 */
public record ReleaseDetails(
    ReleaseId id,
    ReleaseType type,
    String title,
    String lead,
    String body,
    String bodyText,
    Classification classification,
    UnitPath unit,
    ReleaseStatus status,
    long version,
    int revision,
    Username author,
    Instant createdAt,
    Instant updatedAt,
    Optional<Instant> publishedAt) {}
