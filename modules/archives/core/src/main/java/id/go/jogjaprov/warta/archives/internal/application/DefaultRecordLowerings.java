package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.archives.api.LoweringStatus;
import id.go.jogjaprov.warta.archives.api.RecordLowering;
import id.go.jogjaprov.warta.archives.api.RecordLowerings;
import id.go.jogjaprov.warta.archives.internal.ArchivesMessages;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecord;
import id.go.jogjaprov.warta.archives.internal.domain.RecordLoweringEntries;
import id.go.jogjaprov.warta.archives.internal.domain.RecordLoweringEntry;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Two people lower an imported record's classification: the archivist who proposes, and the agency
 * head of the record's line who decides. Both steps are in the audit trail; a confirmed lowering
 * reaches search before the request that confirmed it returns.
 */
@ApplicationScoped
@Transactional
class DefaultRecordLowerings implements RecordLowerings {

  private static final int REASON_MAX = 1000;

  @Inject RecordDetails details;
  @Inject RecordLoweringEntries lowerings;
  @Inject CurrentOfficial official;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Event<RecordsChanged> changed;

  @Override
  public RecordLowering propose(UUID recordId, Classification to, String reason) {
    Official archivist = Archivists.caller(official);
    if (to == null) {
      throw new InvalidInputException("to", ArchivesMessages.LOWERING_TO_REQUIRED);
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > REASON_MAX) {
      throw new InvalidInputException("reason", ArchivesMessages.REASON_REQUIRED);
    }
    ArchiveRecord record = details.readable(recordId);
    RecordLoweringEntry lowering =
        new RecordLoweringEntry(
            record, to, why, archivist.username(), archivist.account().value(), clock.instant());
    lowerings.add(lowering);
    recordChange(lowering, "usul turun ke " + to.label() + ": " + why);
    return lowering.lowering();
  }

  @Override
  public RecordLowering confirm(UUID loweringId) {
    RecordLoweringEntry lowering = decidable(loweringId);
    lowering.decide(LoweringStatus.CONFIRMED, official.get().username(), clock.instant());
    ArchiveRecord record = details.readable(lowering.recordId());
    record.reclassify(lowering.to(), lowering.to() == Classification.BIASA);
    record.scheduleReview(Optional.empty());
    recordChange(
        lowering,
        "diturunkan dari "
            + lowering.from().label()
            + " ke "
            + lowering.to().label()
            + ": "
            + lowering.reason());
    changed.fire(new RecordsChanged());
    return lowering.lowering();
  }

  @Override
  public RecordLowering reject(UUID loweringId) {
    RecordLoweringEntry lowering = decidable(loweringId);
    lowering.decide(LoweringStatus.REJECTED, official.get().username(), clock.instant());
    recordChange(lowering, "usul turun ke " + lowering.to().label() + " ditolak");
    return lowering.lowering();
  }

  @Override
  public Page<RecordLowering> pending(PageRequest page) {
    return lowerings.pending(page).map(RecordLoweringEntry::lowering);
  }

  /** The read rule already narrows to the head's line and clearance (that of the records). */
  @Override
  public Page<RecordLowering> awaitingMyDecision(PageRequest page) {
    Official head = official.get();
    if (!head.hasRole(Role.AGENCY_HEAD)) {
      return new Page<>(List.of(), 0, page);
    }
    return lowerings
        .pendingNotProposedBy(head.account().value(), page)
        .map(RecordLoweringEntry::lowering);
  }

  /**
   * A lowering the caller may decide: readable to them, and they head the agency of the record's
   * line, are cleared for its level and did not propose it.
   */
  private RecordLoweringEntry decidable(UUID loweringId) {
    RecordLoweringEntry lowering =
        lowerings
            .find(loweringId)
            .orElseThrow(() -> new ItemNotFoundException(ArchivesMessages.LOWERING_NOT_FOUND));
    Official head = official.get();
    if (!head.hasRole(Role.AGENCY_HEAD)
        || !head.belongsAbove(lowering.unit())
        || !head.clearance().permits(lowering.from())) {
      throw new NotPermittedException(ArchivesMessages.LOWERING_AGENCY_HEAD_ONLY);
    }
    if (lowering.proposedBy(head.account().value())) {
      throw new NotPermittedException(ArchivesMessages.LOWERING_OWN_PROPOSAL);
    }
    return lowering;
  }

  private void recordChange(RecordLoweringEntry lowering, String detail) {
    audit.record(
        HitReader.aboutRecord(
            AuditAction.CLASSIFICATION_CHANGE, lowering.recordId(), lowering.from(), detail));
  }
}
