package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A proposed lowering of an imported record's classification, and what became of it. */
public record RecordLowering(
    UUID id,
    UUID recordId,
    String recordNumber,
    UnitPath unit,
    Classification from,
    Classification to,
    String reason,
    Username proposedBy,
    Instant proposedAt,
    LoweringStatus status,
    Optional<Username> decidedBy,
    Optional<Instant> decidedAt) {}
