package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.Optional;

/**
 * A release as a list shows it: what it is, where it stands, never its body. The lead travels only
 * for Biasa releases: showing classified text is a read, and lists are not recorded as reads.
 */
public record ReleaseSummary(
    ReleaseId id,
    ReleaseType type,
    String title,
    Optional<String> lead,
    Classification classification,
    UnitPath unit,
    ReleaseStatus status,
    Username author,
    Instant createdAt,
    Instant updatedAt,
    Optional<Instant> publishedAt) {

  public ReleaseSummary {
    lead = classification == Classification.BIASA ? lead : Optional.empty();
  }
}
