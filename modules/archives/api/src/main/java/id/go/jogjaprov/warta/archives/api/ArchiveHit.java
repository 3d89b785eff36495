package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.time.Instant;
import java.util.UUID;

/**
 * One record found. The snippet is plain text; the matched words stand between {@code «} and {@code
 * »}.
 */
public record ArchiveHit(
    UUID id,
    String recordNumber,
    UUID releaseId,
    String title,
    String snippet,
    Classification classification,
    UnitPath unit,
    Instant publishedAt) {

  /** Sangat Rahasia records are read in Warta only ({@link ArchiveRecordDetails#viewOnly()}). */
  public boolean viewOnly() {
    return ArchiveRecordDetails.viewOnly(classification);
  }
}
