package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.ReadScope;
import id.go.jogjaprov.warta.archives.api.ArchiveExports;
import id.go.jogjaprov.warta.archives.api.ArchiveHit;
import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.ArchiveRecordDetails;
import id.go.jogjaprov.warta.archives.api.ExportStamp;
import id.go.jogjaprov.warta.archives.api.ExportedDocument;
import id.go.jogjaprov.warta.archives.api.ExportedList;
import id.go.jogjaprov.warta.archives.api.RecordFile;
import id.go.jogjaprov.warta.archives.internal.ArchivesMessages;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveIndex;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecord;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords;
import id.go.jogjaprov.warta.archives.internal.domain.ImageStamper;
import id.go.jogjaprov.warta.archives.internal.domain.RecordFileEntries;
import id.go.jogjaprov.warta.archives.internal.domain.RecordFileEntry;
import id.go.jogjaprov.warta.archives.internal.domain.RecordPrinter;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
class DefaultArchiveExports implements ArchiveExports {

  @Inject ArchiveRecords records;
  @Inject ArchiveIndex index;
  @Inject HitReader hitReader;
  @Inject RecordDetails details;
  @Inject RecordFileEntries files;
  @Inject RecordPrinter printer;
  @Inject ImageStamper images;
  @Inject CurrentOfficial official;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public ExportedDocument recordPdf(UUID recordId) {
    ArchiveRecordDetails record = details.of(details.readable(recordId));
    if (record.viewOnly()) {
      throw new NotPermittedException(ArchivesMessages.ARCHIVE_RECORD_VIEW_ONLY);
    }
    ExportStamp stamp = stamp();
    boolean classified = record.classification().level() >= Classification.TERBATAS.level();
    if (classified) {
      audit.record(
          HitReader.aboutRecord(
              AuditAction.EXPORT, recordId, record.classification(), "PDF, ekspor " + stamp.id()));
    }
    return new ExportedDocument(
        "arsip-" + record.recordNumber() + ".pdf",
        "application/pdf",
        printer.pdf(record, classified ? Optional.of(stamp) : Optional.empty()),
        stamp);
  }

  @Override
  public ExportedDocument recordFile(UUID recordId, UUID fileId) {
    ArchiveRecord record = details.readable(recordId);
    if (ArchiveRecordDetails.viewOnly(record.classification())) {
      throw new NotPermittedException(ArchivesMessages.ARCHIVE_RECORD_VIEW_ONLY);
    }
    RecordFileEntry entry =
        files
            .find(recordId, fileId)
            .orElseThrow(() -> new ItemNotFoundException(ArchivesMessages.RECORD_FILE_NOT_FOUND));
    byte[] content =
        entry
            .content()
            .orElseThrow(() -> new ItemNotFoundException(ArchivesMessages.RECORD_FILE_NOT_FOUND));
    RecordFile file = entry.file();
    ExportStamp stamp = stamp();
    if (record.classification().level() < Classification.TERBATAS.level()) {
      return new ExportedDocument(file.fileName(), file.mediaType(), content, stamp);
    }
    // A classified PDF or image goes out stamped for its reader, like the record's own export; a
    // file that cannot be stamped (an office document) goes as it is, and the audit entry says so.
    Optional<byte[]> stamped =
        file.mediaType().equals("application/pdf")
            ? printer.stamped(content, record.classification(), stamp)
            : images.stamped(content, file.mediaType(), record.classification(), stamp);
    audit.record(
        HitReader.aboutRecord(
            AuditAction.EXPORT,
            recordId,
            record.classification(),
            "berkas "
                + file.fileName()
                + ", ekspor "
                + stamp.id()
                + (stamped.isPresent() ? "" : " (tanpa cap)")));
    return new ExportedDocument(file.fileName(), file.mediaType(), stamped.orElse(content), stamp);
  }

  /**
   * The first hits in the search's order, read like a page of hits, the Sangat Rahasia ones left
   * out; each classified row taken is recorded as exported under the list's id.
   */
  @Override
  public ExportedList list(ArchiveQuery query) {
    ExportStamp stamp = stamp();
    ReadScope reader = official.get().readScope();
    ArchiveIndex.Answer answer =
        ArchiveIndex.Answer.of(query, asked -> index.first(asked, reader, LIST_LIMIT));
    ArchiveIndex.Found found = answer.found();
    List<ArchiveHit> hits = hitReader.read(found.ids(), answer.query(), record -> true);
    List<ArchiveHit> exported = hits.stream().filter(hit -> !hit.viewOnly()).toList();
    hitReader.recordShown(exported, AuditAction.EXPORT, "CSV, ekspor " + stamp.id());
    return new ExportedList(stamp, exported, found.total(), hits.size() - exported.size());
  }

  private ExportStamp stamp() {
    return new ExportStamp(UUID.randomUUID(), official.get().username(), clock.instant());
  }
}
