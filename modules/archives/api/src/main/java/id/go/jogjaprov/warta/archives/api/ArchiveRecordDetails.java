package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.time.Instant;
import java.util.UUID;

/** An archive record as its permitted readers see it: the release as it was published. */
public record ArchiveRecordDetails(
    UUID id,
    String recordNumber,
    UUID releaseId,
    String type,
    String title,
    String lead,
    String body,
    Classification classification,
    UnitPath unit,
    String author,
    Instant publishedAt,
    Instant archivedAt) {}
