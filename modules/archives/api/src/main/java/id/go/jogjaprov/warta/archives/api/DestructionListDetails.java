package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A list of records proposed for destruction (daftar arsip usul musnah) for one agency, and what
 * became of each. Its level is the highest of its records'; it is read by archivists and the
 * agency's line within that clearance.
 */
public record DestructionListDetails(
    UUID id,
    String number,
    UnitPath agency,
    Classification level,
    DestructionStatus status,
    String note,
    Username proposedBy,
    Instant proposedAt,
    Optional<Username> decidedBy,
    Optional<Instant> decidedAt,
    List<Entry> entries) {

  public DestructionListDetails {
    entries = List.copyOf(entries);
  }

  /** One record on the list, as its tombstone or record shows it. */
  public record Entry(
      UUID recordId,
      String recordNumber,
      String title,
      Classification classification,
      UnitPath unit,
      Instant publishedAt,
      String retentionCode,
      DestructionOutcome outcome) {}
}
