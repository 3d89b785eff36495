package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.content.api.Disposition;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A record's place in the retention schedule: its JRA row, the office day it becomes inactive and
 * the day it is due for its final disposition, and its stage today. A row no longer in the schedule
 * leaves only its code.
 */
public record RecordRetention(
    String code,
    Optional<String> title,
    Optional<Disposition> disposition,
    Optional<LocalDate> inactiveFrom,
    Optional<LocalDate> dueFrom,
    RetentionStage stage) {

  /** Whether the record is to be transferred to the regional archives today (permanen). */
  public boolean dueForTransfer() {
    return stage == RetentionStage.DUE && disposition.orElse(null) == Disposition.PERMANEN;
  }

  /** Whether an approved list may destroy the record today. */
  public boolean dueForDestruction() {
    return stage == RetentionStage.DUE && disposition.orElse(null) == Disposition.MUSNAH;
  }
}
