package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A record in one of the archivist's queues: what identifies it and where it stands. */
public record KeptRecord(
    UUID id,
    String recordNumber,
    String title,
    Classification classification,
    UnitPath unit,
    Instant publishedAt,
    RecordRetention retention,
    Optional<LegalHold> legalHold,
    Optional<java.time.LocalDate> reviewOn) {}
