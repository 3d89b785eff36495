package id.go.jogjaprov.warta.workflow.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.PlainText;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.workflow.api.PassageNote;
import id.go.jogjaprov.warta.workflow.internal.WorkflowMessages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A reviewer's comment on a passage of one revision. It quotes the release, so it is read like the
 * release's revisions: at its level, by its unit line or an official it was shared with.
 */
@Entity
@Table(name = "passage_comment", schema = "workflow")
@AdditionalCriteria(ReadCriteria.PART_NEED_TO_KNOW)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class PassageComment {

  static final int PASSAGE_MAX = 1000;
  static final int COMMENT_MAX = 4000;

  @Id private UUID id;

  @Column(name = "release_id", nullable = false)
  private UUID itemId;

  @Column(nullable = false)
  private int revision;

  @Column(nullable = false)
  private String passage;

  @Column(nullable = false)
  private String comment;

  @Column(name = "taken_by", nullable = false)
  private String takenBy;

  @Column(name = "taken_at", nullable = false)
  private OffsetDateTime takenAt;

  @Column(nullable = false)
  private int level;

  @Column(name = "unit_path", nullable = false)
  private String unitPath;

  protected PassageComment() {}

  /** {@code by} comments on {@code passage} of the revision {@code review} stands at. */
  public PassageComment(
      Review review,
      Classification level,
      String passage,
      String comment,
      Username by,
      Instant at) {
    this.id = UUID.randomUUID();
    this.itemId = review.releaseId().value();
    this.revision = review.revision();
    this.passage =
        PlainText.required(passage, "passage", WorkflowMessages.FIELD_PASSAGE, PASSAGE_MAX);
    this.comment =
        PlainText.required(
            comment, "comment", WorkflowMessages.FIELD_DECISION_COMMENT, COMMENT_MAX);
    this.takenBy = by.value();
    this.takenAt = at.atOffset(ZoneOffset.UTC);
    this.level = level.level();
    this.unitPath = review.unit().value();
  }

  /** Read at the release's level, whatever it becomes. */
  public void followClassification(Classification to) {
    this.level = to.level();
  }

  public PassageNote note() {
    return new PassageNote(
        id,
        new ReleaseId(itemId),
        revision,
        passage,
        comment,
        new Username(takenBy),
        takenAt.toInstant());
  }
}
