package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.archives.api.ArchiveRecordDetails;
import id.go.jogjaprov.warta.archives.api.KeptRecord;
import id.go.jogjaprov.warta.archives.api.RecordRetention;
import id.go.jogjaprov.warta.archives.internal.ArchivesMessages;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecord;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords;
import id.go.jogjaprov.warta.archives.internal.domain.RecordApprovalSteps;
import id.go.jogjaprov.warta.archives.internal.domain.RecordFileEntries;
import id.go.jogjaprov.warta.archives.internal.domain.RetentionSchedule;
import id.go.jogjaprov.warta.content.api.Disposition;
import id.go.jogjaprov.warta.content.api.LabelSchemes;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Records as their readers see them, with their stage in the office's schedule (JRA) today. */
@ApplicationScoped
class RecordDetails {

  @Inject ArchiveRecords records;
  @Inject RecordFileEntries files;
  @Inject RecordApprovalSteps trail;
  @Inject LabelSchemes schemes;
  @Inject Clock clock;

  /** A record the caller may read; else not found, whether it exists or not. */
  ArchiveRecord readable(UUID recordId) {
    return records
        .find(recordId)
        .orElseThrow(
            () -> new ItemNotFoundException(ArchivesMessages.ARCHIVE_RECORD_NOT_FOUND, recordId));
  }

  ArchiveRecordDetails of(ArchiveRecord record) {
    return of(record, retentionOf(record));
  }

  /**
   * The record with its files, its links to corrections and its approval trail: each linked record
   * and the trail are read through their read rules, so they show only what the caller may read.
   */
  ArchiveRecordDetails of(ArchiveRecord record, RecordRetention retention) {
    return record.details(
        retention,
        files.of(record.id()),
        record.correctsRelease().stream()
            .flatMap(corrected -> records.ofRelease(corrected).stream())
            .map(ArchiveRecord::link)
            .toList(),
        records.correcting(record.releaseId()).stream().map(ArchiveRecord::link).toList(),
        trail.of(record.id()));
  }

  KeptRecord kept(ArchiveRecord record) {
    return record.kept(retentionOf(record));
  }

  RecordRetention retentionOf(ArchiveRecord record) {
    return record.retention(schedule(), today());
  }

  /** Per schedule row with this disposition, records published before it are due today. */
  Map<String, Instant> dueCutoffs(Disposition disposition) {
    return schedule().dueCutoffs(disposition, today());
  }

  private RetentionSchedule schedule() {
    return new RetentionSchedule(schemes.retentionRules());
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), OfficeTime.ZONE);
  }
}
