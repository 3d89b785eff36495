package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.archives.api.DestructionListDetails;
import id.go.jogjaprov.warta.archives.api.DestructionStatus;
import id.go.jogjaprov.warta.archives.api.ExportStamp;
import id.go.jogjaprov.warta.archives.api.ExportedDocument;
import id.go.jogjaprov.warta.archives.api.KeptRecord;
import id.go.jogjaprov.warta.archives.api.LegalHold;
import id.go.jogjaprov.warta.archives.api.RecordKeeping;
import id.go.jogjaprov.warta.archives.api.RecordQueue;
import id.go.jogjaprov.warta.archives.internal.ArchivesMessages;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecord;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords;
import id.go.jogjaprov.warta.archives.internal.domain.DestructionList;
import id.go.jogjaprov.warta.archives.internal.domain.DestructionLists;
import id.go.jogjaprov.warta.archives.internal.domain.RecordNumber;
import id.go.jogjaprov.warta.archives.internal.domain.RecordPrinter;
import id.go.jogjaprov.warta.content.api.Disposition;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Legal holds and destruction lists. A record under legal hold is never destroyed: a proposal or an
 * approval that meets one keeps the record, marks it refused on the list and records the attempt in
 * the audit trail in the same transaction; the database refuses it as well.
 */
@ApplicationScoped
@Transactional
class DefaultRecordKeeping implements RecordKeeping {

  static final String LIST_AUDIT_KIND = "destruction-list";

  /** The most records one list names: a list is read, approved and minuted as a whole. */
  static final int LIST_MAX = 1000;

  /** The longest reason kept, as the audit trail keeps details. */
  private static final int REASON_MAX = 1000;

  @Inject ArchiveRecords records;
  @Inject DestructionLists lists;
  @Inject RecordDetails details;
  @Inject RecordPrinter printer;
  @Inject CurrentOfficial official;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Event<RecordsChanged> changed;

  @Override
  public Page<KeptRecord> queue(RecordQueue queue, PageRequest page) {
    archivist();
    Page<ArchiveRecord> found =
        switch (queue) {
          case LEGAL_HOLDS -> records.underLegalHold(page);
          case DUE_FOR_DECLASSIFICATION_REVIEW ->
              records.reviewDue(clock.instant().atZone(OfficeTime.ZONE).toLocalDate(), page);
          case DUE_FOR_DESTRUCTION ->
              records.publishedBefore(details.dueCutoffs(Disposition.MUSNAH), page);
          case DUE_FOR_TRANSFER ->
              records.publishedBefore(details.dueCutoffs(Disposition.PERMANEN), page);
          case DUE_FOR_REVIEW ->
              records.publishedBefore(details.dueCutoffs(Disposition.DINILAI_KEMBALI), page);
        };
    return found.map(details::kept);
  }

  @Override
  public LegalHold placeLegalHold(UUID recordId, String reason) {
    Official archivist = archivist();
    String why = reason(reason);
    ArchiveRecord record = details.readable(recordId);
    LegalHold hold = record.placeLegalHold(why, archivist.username(), clock.instant());
    recordRetention(record, "penahanan hukum: " + why);
    return hold;
  }

  @Override
  public void liftLegalHold(UUID recordId, String reason) {
    archivist();
    String why = reason(reason);
    ArchiveRecord record = details.readable(recordId);
    record.liftLegalHold();
    recordRetention(record, "penahanan hukum dicabut: " + why);
  }

  @Override
  public void scheduleDeclassificationReview(
      UUID recordId, Optional<java.time.LocalDate> on, String reason) {
    archivist();
    String why = reason(reason);
    ArchiveRecord record = details.readable(recordId);
    record.scheduleReview(on);
    recordRetention(
        record,
        on.map(day -> "tinjau klasifikasi pada " + day).orElse("jadwal tinjau klasifikasi dihapus")
            + ": "
            + why);
  }

  @Override
  public DestructionListDetails propose(UnitPath agency, List<UUID> recordIds, String note) {
    Official archivist = archivist();
    if (recordIds.size() > LIST_MAX) {
      throw new InvalidInputException("records", ArchivesMessages.DESTRUCTION_TOO_MANY, LIST_MAX);
    }
    List<ArchiveRecord> proposed = recordIds.stream().distinct().map(details::readable).toList();
    if (proposed.isEmpty()) {
      throw new InvalidInputException("records", ArchivesMessages.DESTRUCTION_EMPTY);
    }
    for (ArchiveRecord record : proposed) {
      if (!agency.contains(record.unit())) {
        throw new RuleViolationException(
            ArchivesMessages.DESTRUCTION_OUTSIDE_AGENCY, record.recordNumber(), agency.value());
      }
      var retention = details.retentionOf(record);
      if (!record.underLegalHold() && !retention.dueForDestruction()) {
        throw new RuleViolationException(
            ArchivesMessages.DESTRUCTION_NOT_DUE, record.recordNumber(), retention.code());
      }
    }
    Instant now = clock.instant();
    DestructionList list =
        new DestructionList(
            RecordNumber.next("USUL-MUSNAH", now.atZone(OfficeTime.ZONE).getYear()),
            agency,
            proposed,
            note == null ? "" : note.strip(),
            archivist.username(),
            now);
    lists.add(list);
    audit.record(
        new AuditEvent(
            AuditAction.RETENTION,
            LIST_AUDIT_KIND,
            list.id().toString(),
            list.level(),
            "usul musnah " + list.number() + ": " + proposed.size() + " arsip"));
    proposed.stream()
        .filter(ArchiveRecord::underLegalHold)
        .forEach(
            record ->
                recordRetention(
                    record,
                    "diusulkan musnah dalam daftar "
                        + list.number()
                        + ", tetapi dalam penahanan hukum"));
    return list.details(byId(proposed));
  }

  @Override
  public DestructionListDetails approve(UUID listId) {
    Official head = official.get();
    DestructionList list = decidable(listId, head);
    Map<UUID, ArchiveRecord> listed = byId(records.find(list.recordIds()));
    if (listed.size() < list.recordIds().size()) {
      throw new NotPermittedException(ArchivesMessages.DESTRUCTION_AGENCY_HEAD_ONLY);
    }
    Instant now = clock.instant();
    list.approve(head.username(), now);
    lists.decided(list);
    for (UUID id : list.recordIds()) {
      ArchiveRecord record = listed.get(id);
      if (record.underLegalHold()) {
        recordRetention(
            record, "pemusnahan ditolak: dalam penahanan hukum (daftar " + list.number() + ")");
      } else {
        record.destroy(list.number(), now);
        recordRetention(record, "dimusnahkan menurut daftar " + list.number());
      }
    }
    recordDecision(list, "disetujui");
    changed.fire(new RecordsChanged());
    return list.details(listed);
  }

  @Override
  public DestructionListDetails reject(UUID listId) {
    Official head = official.get();
    DestructionList list = decidable(listId, head);
    list.reject(head.username(), clock.instant());
    recordDecision(list, "ditolak");
    return list.details(byId(records.find(list.recordIds())));
  }

  @Override
  public DestructionListDetails list(UUID listId) {
    DestructionList list = find(listId);
    return list.details(byId(records.find(list.recordIds())));
  }

  /** The minutes, marked at the list's level; a classified copy is stamped and recorded. */
  @Override
  public ExportedDocument minutes(UUID listId) {
    DestructionListDetails list = list(listId);
    if (list.status() != DestructionStatus.APPROVED) {
      throw new RuleViolationException(ArchivesMessages.DESTRUCTION_NOT_APPROVED);
    }
    ExportStamp stamp =
        new ExportStamp(UUID.randomUUID(), official.get().username(), clock.instant());
    boolean classified = list.level().level() >= Classification.TERBATAS.level();
    if (classified) {
      audit.record(
          new AuditEvent(
              AuditAction.EXPORT,
              LIST_AUDIT_KIND,
              listId.toString(),
              list.level(),
              "berita acara PDF, ekspor " + stamp.id()));
    }
    return new ExportedDocument(
        "berita-acara-" + list.number() + ".pdf",
        "application/pdf",
        printer.minutes(list, classified ? Optional.of(stamp) : Optional.empty()),
        stamp);
  }

  private DestructionList find(UUID listId) {
    return lists
        .find(listId)
        .orElseThrow(
            () -> new ItemNotFoundException(ArchivesMessages.DESTRUCTION_LIST_NOT_FOUND, listId));
  }

  /** A list the caller, the head of its agency's line, may decide. */
  private DestructionList decidable(UUID listId, Official head) {
    DestructionList list = find(listId);
    if (!head.hasRole(Role.AGENCY_HEAD) || !head.belongsAbove(list.agency())) {
      throw new NotPermittedException(ArchivesMessages.DESTRUCTION_AGENCY_HEAD_ONLY);
    }
    return list;
  }

  private void recordRetention(ArchiveRecord record, String detail) {
    audit.record(
        HitReader.aboutRecord(AuditAction.RETENTION, record.id(), record.classification(), detail));
  }

  private void recordDecision(DestructionList list, String decision) {
    audit.record(
        new AuditEvent(
            AuditAction.RETENTION,
            LIST_AUDIT_KIND,
            list.id().toString(),
            list.level(),
            "usul musnah " + list.number() + " " + decision));
  }

  private Official archivist() {
    return Archivists.caller(official);
  }

  private static String reason(String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > REASON_MAX) {
      throw new InvalidInputException("reason", ArchivesMessages.REASON_REQUIRED);
    }
    return why;
  }

  private static Map<UUID, ArchiveRecord> byId(List<ArchiveRecord> found) {
    return found.stream().collect(Collectors.toMap(ArchiveRecord::id, Function.identity()));
  }
}
