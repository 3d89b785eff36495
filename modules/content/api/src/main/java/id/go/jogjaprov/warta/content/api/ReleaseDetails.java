package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.Optional;

/**
 * A release as its permitted readers see it. {@code body} is safe HTML (sanitised when saved, fit
 * to render as it is); {@code bodyText} is its words, a paragraph per block, for search and
 * excerpts. {@code publiclyReadable}: anyone may read it, signed in or not (published, Biasa and
 * public information).
 */
public record ReleaseDetails(
    ReleaseId id,
    ReleaseType type,
    String title,
    String lead,
    String body,
    String bodyText,
    Classification classification,
    InformationCategory informationCategory,
    Optional<ConsequenceTest> consequenceTest,
    String subjectCode,
    String retentionCode,
    ReleaseMetadata metadata,
    Optional<String> slug,
    Optional<String> number,
    UnitPath unit,
    ReleaseStatus status,
    boolean publiclyReadable,
    long version,
    int revision,
    Username author,
    Instant createdAt,
    Instant updatedAt,
    Optional<Instant> publishedAt) {

  /**
   * When the public last saw this release change: its publication or a later change, whichever came
   * last (an embargoed release is approved, then published later).
   */
  public Instant publicDatestamp() {
    return publishedAt.filter(published -> published.isAfter(updatedAt)).orElse(updatedAt);
  }
}
