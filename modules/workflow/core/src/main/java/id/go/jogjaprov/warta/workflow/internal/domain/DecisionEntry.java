package id.go.jogjaprov.warta.workflow.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.PlainText;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.workflow.api.DecisionRecord;
import id.go.jogjaprov.warta.workflow.api.ReviewDecision;
import id.go.jogjaprov.warta.workflow.internal.WorkflowMessages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * A head's decision on a release. Comments speak about the release, so the entry carries the
 * release's level and unit at decision time and is read under the same need-to-know rule.
 */
@Entity
@Table(name = "decision", schema = "workflow")
@AdditionalCriteria(ReadCriteria.NEED_TO_KNOW)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class DecisionEntry {

  static final int COMMENT_MAX = 4000;

  @Id private UUID id;

  @Column(name = "release_id", nullable = false)
  private UUID releaseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReviewDecision decision;

  private String comment;

  @Column(name = "decided_by", nullable = false)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private OffsetDateTime decidedAt;

  @Column(nullable = false)
  private int level;

  @Column(name = "unit_path", nullable = false)
  private String unitPath;

  protected DecisionEntry() {}

  public DecisionEntry(
      ReleaseDetails release, ReviewDecision decision, String comment, Username by, Instant at) {
    this.id = UUID.randomUUID();
    this.releaseId = release.id().value();
    this.decision = decision;
    this.comment =
        PlainText.optional(
            comment, "comment", WorkflowMessages.FIELD_DECISION_COMMENT, COMMENT_MAX);
    this.decidedBy = by.value();
    this.decidedAt = at.atOffset(ZoneOffset.UTC);
    this.level = release.classification().level();
    this.unitPath = release.unit().value();
  }

  /**
   * Comments speak about the release: they are read at the release's level, whatever it becomes.
   */
  public void followClassification(Classification level) {
    this.level = level.level();
  }

  public DecisionRecord record() {
    return new DecisionRecord(
        new ReleaseId(releaseId),
        decision,
        comment,
        new Username(decidedBy),
        decidedAt.toInstant());
  }
}
