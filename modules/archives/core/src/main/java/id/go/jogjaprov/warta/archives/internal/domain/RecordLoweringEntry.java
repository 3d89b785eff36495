package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.archives.api.LoweringStatus;
import id.go.jogjaprov.warta.archives.api.RecordLowering;
import id.go.jogjaprov.warta.archives.internal.ArchivesMessages;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * A proposed lowering of an imported record's classification: read like the record at the level it
 * had when proposed, decided once, by someone other than its proposer.
 */
@Entity
@Table(name = "record_lowering", schema = "archives")
@AdditionalCriteria(ReadCriteria.PUBLIC_OR_RECORD_READER)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class RecordLoweringEntry {

  @Id private UUID id;

  @Column(name = "record_id", nullable = false, updatable = false)
  private UUID recordId;

  @Column(name = "record_number", nullable = false, updatable = false)
  private String recordNumber;

  @Column(name = "unit_path", nullable = false, updatable = false)
  private String unitPath;

  @Column(nullable = false, updatable = false)
  private int level;

  @Column(name = "publicly_readable", nullable = false, updatable = false)
  private boolean publiclyReadable;

  @Column(name = "to_level", nullable = false, updatable = false)
  private int toLevel;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "proposed_by", nullable = false, updatable = false)
  private String proposedBy;

  @Column(name = "proposer_account", nullable = false, updatable = false)
  private String proposerAccount;

  @Column(name = "proposed_at", nullable = false, updatable = false)
  private OffsetDateTime proposedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LoweringStatus status;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Version private long version;

  protected RecordLoweringEntry() {}

  /** Proposes lowering {@code record} (imported, classified, not destroyed) to {@code to}. */
  public RecordLoweringEntry(
      ArchiveRecord record,
      Classification to,
      String reason,
      Username proposer,
      String proposerAccount,
      Instant at) {
    if (!record.imported()) {
      throw new RuleViolationException(
          ArchivesMessages.LOWERING_THROUGH_RELEASE, record.recordNumber());
    }
    if (record.destroyed()) {
      throw new RuleViolationException(
          ArchivesMessages.ARCHIVE_RECORD_DESTROYED, record.recordNumber());
    }
    if (to.level() >= record.classification().level()) {
      throw new RuleViolationException(
          ArchivesMessages.LOWERING_NOT_LOWER, record.classification().label(), to.label());
    }
    this.id = UUID.randomUUID();
    this.recordId = record.id();
    this.recordNumber = record.recordNumber();
    this.unitPath = record.unit().value();
    this.level = record.classification().level();
    this.toLevel = to.level();
    this.reason = reason;
    this.proposedBy = proposer.value();
    this.proposerAccount = proposerAccount;
    this.proposedAt = at.atOffset(ZoneOffset.UTC);
    this.status = LoweringStatus.PENDING;
  }

  public UUID id() {
    return id;
  }

  public UUID recordId() {
    return recordId;
  }

  public UnitPath unit() {
    return UnitPath.of(unitPath);
  }

  public Classification from() {
    return Classification.ofLevel(level);
  }

  public Classification to() {
    return Classification.ofLevel(toLevel);
  }

  public String reason() {
    return reason;
  }

  public boolean proposedBy(String account) {
    return proposerAccount.equals(account);
  }

  /** Confirmed or rejected, once. */
  public void decide(LoweringStatus decision, Username by, Instant at) {
    if (status != LoweringStatus.PENDING) {
      throw new RuleViolationException(ArchivesMessages.LOWERING_DECIDED, recordNumber);
    }
    status = decision;
    decidedBy = by.value();
    decidedAt = at.atOffset(ZoneOffset.UTC);
  }

  public RecordLowering lowering() {
    return new RecordLowering(
        id,
        recordId,
        recordNumber,
        unit(),
        from(),
        to(),
        reason,
        new Username(proposedBy),
        proposedAt.toInstant(),
        status,
        Optional.ofNullable(decidedBy).map(Username::new),
        Optional.ofNullable(decidedAt).map(OffsetDateTime::toInstant));
  }
}
