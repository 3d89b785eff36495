package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.archives.api.ArchiveRecordDetails;
import id.go.jogjaprov.warta.archives.api.ExportStamp;
import id.go.jogjaprov.warta.archives.api.ExportedDocument;
import id.go.jogjaprov.warta.archives.api.RecordFile;
import id.go.jogjaprov.warta.archives.api.RecordTransfers;
import id.go.jogjaprov.warta.archives.internal.ArchivesMessages;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecord;
import id.go.jogjaprov.warta.archives.internal.domain.RecordFileEntries;
import id.go.jogjaprov.warta.archives.internal.domain.RecordFileEntry;
import id.go.jogjaprov.warta.archives.internal.domain.RecordPackager;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.workflow.api.SealService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Transfer packages of permanent records: checked record by record (the archivist may read it, it
 * belongs to the agency, it is due for transfer, it is Biasa), packed as one bag, and each record's
 * transfer recorded in the audit trail under the package's id.
 */
@ApplicationScoped
@Transactional
class DefaultRecordTransfers implements RecordTransfers {

  @Inject RecordDetails details;
  @Inject RecordPackager packager;
  @Inject SealService seals;
  @Inject RecordFileEntries files;
  @Inject CurrentOfficial official;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public ExportedDocument pack(UnitPath agency, List<UUID> recordIds) {
    Official archivist = Archivists.caller(official);
    List<UUID> ids = recordIds.stream().distinct().toList();
    if (ids.isEmpty()) {
      throw new InvalidInputException("records", ArchivesMessages.TRANSFER_EMPTY);
    }
    if (ids.size() > PACKAGE_MAX) {
      throw new InvalidInputException("records", ArchivesMessages.TRANSFER_TOO_MANY, PACKAGE_MAX);
    }
    List<ArchiveRecordDetails> records = ids.stream().map(id -> transferable(agency, id)).toList();
    ExportStamp stamp = new ExportStamp(UUID.randomUUID(), archivist.username(), clock.instant());
    String day = stamp.at().atZone(OfficeTime.ZONE).toLocalDate().toString();
    String name = "serah-arsip-" + day + "-" + stamp.id().toString().substring(0, 8);
    Map<String, String> info = new LinkedHashMap<>();
    info.put("Source-Organization", "Pemerintah Daerah Daerah Istimewa Yogyakarta");
    info.put("Organization-Address", agency.value());
    info.put("Contact-Name", archivist.username().value());
    info.put(
        "External-Description",
        "Arsip statis (permanen menurut JRA) diserahkan ke lembaga kearsipan daerah");
    info.put("Bagging-Date", day);
    info.put("External-Identifier", stamp.id().toString());
    info.put("Bag-Count", "1 of 1");
    byte[] bag = packager.bag(name, info, records, contents(records), seals.publicKeyPem());
    for (ArchiveRecordDetails record : records) {
      audit.record(
          HitReader.aboutRecord(
              AuditAction.RETENTION,
              record.id(),
              record.classification(),
              "diserahkan dalam paket " + stamp.id()));
    }
    return new ExportedDocument(name + ".zip", "application/zip", bag, stamp);
  }

  /** The bytes of every file the records keep, by file id. */
  private Map<UUID, byte[]> contents(List<ArchiveRecordDetails> records) {
    Map<UUID, byte[]> contents = new HashMap<>();
    for (ArchiveRecordDetails record : records) {
      for (RecordFile file : record.files()) {
        files
            .find(record.id(), file.id())
            .flatMap(RecordFileEntry::content)
            .ifPresent(content -> contents.put(file.id(), content));
      }
    }
    return contents;
  }

  private ArchiveRecordDetails transferable(UnitPath agency, UUID id) {
    ArchiveRecord record = details.readable(id);
    if (!agency.contains(record.unit())) {
      throw new RuleViolationException(
          ArchivesMessages.DESTRUCTION_OUTSIDE_AGENCY, record.recordNumber(), agency.value());
    }
    if (record.classification() != Classification.BIASA) {
      throw new RuleViolationException(
          ArchivesMessages.TRANSFER_CLASSIFIED,
          record.recordNumber(),
          record.classification().label());
    }
    var retention = details.retentionOf(record);
    if (!retention.dueForTransfer()) {
      throw new RuleViolationException(
          ArchivesMessages.TRANSFER_NOT_DUE, record.recordNumber(), retention.code());
    }
    return details.of(record, retention);
  }
}
