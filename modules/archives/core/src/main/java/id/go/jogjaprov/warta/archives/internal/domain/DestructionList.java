package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.archives.api.DestructionListDetails;
import id.go.jogjaprov.warta.archives.api.DestructionOutcome;
import id.go.jogjaprov.warta.archives.api.DestructionStatus;
import id.go.jogjaprov.warta.archives.internal.ArchivesMessages;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * A list of records proposed for destruction for one agency (daftar arsip usul musnah). Never
 * public; at the level of its highest record and read like the agency's records, by archivists and
 * the agency's line within clearance. Decided once, by someone other than its proposer.
 */
@Entity
@Table(name = "destruction_list", schema = "archives")
@AdditionalCriteria(ReadCriteria.PUBLIC_OR_RECORD_READER)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class DestructionList {

  @Id private UUID id;

  @Column(name = "list_number", nullable = false)
  private String listNumber;

  @Column(name = "unit_path", nullable = false)
  private String unitPath;

  @Column(nullable = false)
  private int level;

  @Column(name = "publicly_readable", nullable = false)
  private boolean publiclyReadable;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DestructionStatus status;

  private String note;

  @Column(name = "proposed_by", nullable = false)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false)
  private OffsetDateTime proposedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "destruction_list_record",
      schema = "archives",
      joinColumns = @JoinColumn(name = "list_id"))
  @Column(name = "record_id")
  private List<UUID> records = new ArrayList<>();

  protected DestructionList() {}

  public DestructionList(
      String number,
      UnitPath agency,
      List<ArchiveRecord> proposed,
      String note,
      Username proposer,
      Instant at) {
    this.id = UUID.randomUUID();
    this.listNumber = number;
    this.unitPath = agency.value();
    this.level =
        proposed.stream().mapToInt(record -> record.classification().level()).max().orElse(1);
    this.status = DestructionStatus.PROPOSED;
    this.note = note;
    this.proposedBy = proposer.value();
    this.proposedAt = at.atOffset(ZoneOffset.UTC);
    proposed.forEach(record -> records.add(record.id()));
  }

  public UUID id() {
    return id;
  }

  public String number() {
    return listNumber;
  }

  public UnitPath agency() {
    return UnitPath.of(unitPath);
  }

  public Classification level() {
    return Classification.ofLevel(level);
  }

  public DestructionStatus status() {
    return status;
  }

  public List<UUID> recordIds() {
    return List.copyOf(records);
  }

  /** Approves the list; its records are then destroyed one by one, but those under legal hold. */
  public void approve(Username by, Instant at) {
    decide(DestructionStatus.APPROVED, by, at);
  }

  /** Turns the list down: every record on it is kept. */
  public void reject(Username by, Instant at) {
    decide(DestructionStatus.REJECTED, by, at);
  }

  private void decide(DestructionStatus decision, Username by, Instant at) {
    if (status != DestructionStatus.PROPOSED) {
      throw new RuleViolationException(ArchivesMessages.DESTRUCTION_LIST_DECIDED, listNumber);
    }
    if (by.value().equals(proposedBy)) {
      throw new NotPermittedException(ArchivesMessages.DESTRUCTION_OWN_PROPOSAL);
    }
    status = decision;
    decidedBy = by.value();
    decidedAt = at.atOffset(ZoneOffset.UTC);
  }

  /**
   * What became of a record on the list, read from the record: a rejected list kept it; an approved
   * one destroyed it unless it was under legal hold; on a proposed list a held record is refused
   * already (it stays unless the hold is lifted before the approval).
   */
  private DestructionOutcome outcomeOf(ArchiveRecord record) {
    return switch (status) {
      case REJECTED -> DestructionOutcome.KEPT;
      case APPROVED ->
          record.destroyedBy(listNumber)
              ? DestructionOutcome.DESTROYED
              : DestructionOutcome.REFUSED_LEGAL_HOLD;
      case PROPOSED ->
          record.underLegalHold()
              ? DestructionOutcome.REFUSED_LEGAL_HOLD
              : DestructionOutcome.PROPOSED;
    };
  }

  /** The list with the records it names that the reader may read, in the list's order. */
  public DestructionListDetails details(Map<UUID, ArchiveRecord> readable) {
    return new DestructionListDetails(
        id,
        listNumber,
        agency(),
        level(),
        status,
        note,
        new Username(proposedBy),
        proposedAt.toInstant(),
        Optional.ofNullable(decidedBy).map(Username::new),
        Optional.ofNullable(decidedAt).map(OffsetDateTime::toInstant),
        records.stream()
            .filter(readable::containsKey)
            .map(readable::get)
            .map(record -> record.entry(outcomeOf(record)))
            .toList());
  }
}
