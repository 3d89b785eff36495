package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.workflow.api.ApprovalTrailStep;
import id.go.jogjaprov.warta.workflow.api.ReviewMove;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * One step of the review a record's release went through, kept with the record. The office's own
 * work rather than what was published, so never public, not even on a public record: read by the
 * record's unit line and archivists within clearance, on copies of the record's level (kept in step
 * by the database, migration V15) and unit. Written once, at archiving.
 */
@Entity
@Table(name = "record_approval_step", schema = "archives")
@AdditionalCriteria(ReadCriteria.RECORD_READER)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class RecordApprovalStep {

  @Id private UUID id;

  @Column(name = "record_id", nullable = false, updatable = false)
  private UUID recordId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ReviewMove move;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ReleaseStatus reached;

  @Column(nullable = false, updatable = false)
  private int revision;

  @Column(name = "taken_by", nullable = false, updatable = false)
  private String takenBy;

  @Column(name = "on_behalf_of", updatable = false)
  private String onBehalfOf;

  @Column(name = "taken_at", nullable = false, updatable = false)
  private OffsetDateTime takenAt;

  @Column(nullable = false, updatable = false)
  private int level;

  @Column(name = "unit_path", nullable = false, updatable = false)
  private String unitPath;

  protected RecordApprovalStep() {}

  /** The {@code position}th step of the review of {@code record}'s release, as it was taken. */
  public RecordApprovalStep(ArchiveRecord record, int position, ApprovalTrailStep step) {
    this.id = UUID.randomUUID();
    this.recordId = record.id();
    this.position = position;
    this.move = step.move();
    this.reached = step.reached();
    this.revision = step.revision();
    this.takenBy = step.by().value();
    this.onBehalfOf = step.onBehalfOf().map(Username::value).orElse(null);
    this.takenAt = step.at().atOffset(ZoneOffset.UTC);
    this.level = record.classification().level();
    this.unitPath = record.unit().value();
  }

  public ApprovalTrailStep step() {
    return new ApprovalTrailStep(
        move,
        reached,
        revision,
        new Username(takenBy),
        Optional.ofNullable(onBehalfOf).map(Username::new),
        takenAt.toInstant());
  }
}
