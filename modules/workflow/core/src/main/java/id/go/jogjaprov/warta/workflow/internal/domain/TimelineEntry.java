package id.go.jogjaprov.warta.workflow.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.PlainText;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.workflow.api.ReviewMove;
import id.go.jogjaprov.warta.workflow.api.ReviewStep;
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
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * One step of a release's review, kept for its timeline. Comments speak about the release, so the
 * entry carries the release's level and unit and is read as a part of the release.
 */
@Entity
@Table(name = "review_step", schema = "workflow")
@AdditionalCriteria(ReadCriteria.PART_NEED_TO_KNOW)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class TimelineEntry {

  static final int COMMENT_MAX = 4000;

  @Id private UUID id;

  /** Given by the database: the order of steps, also of two taken in the same microsecond. */
  @Column(insertable = false, updatable = false)
  private Long seq;

  /** The release's id, the key of any grant on it. */
  @Column(name = "release_id", nullable = false)
  private UUID itemId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReviewMove move;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReleaseStatus reached;

  @Column(nullable = false)
  private int revision;

  private String comment;

  @Column(name = "taken_by", nullable = false)
  private String takenBy;

  @Column(name = "taken_at", nullable = false)
  private OffsetDateTime takenAt;

  /** The head in whose name a deputy (Plh/Plt) took the step, if one did. */
  @Column(name = "on_behalf_of")
  private String onBehalfOf;

  @Column(nullable = false)
  private int level;

  @Column(name = "unit_path", nullable = false)
  private String unitPath;

  protected TimelineEntry() {}

  /**
   * {@code by} moved {@code review} with {@code move}, in {@code onBehalfOf}'s name if a deputy; it
   * now stands where the review stands.
   */
  public TimelineEntry(
      Review review,
      ReviewMove move,
      Classification level,
      String comment,
      Username by,
      Optional<Username> onBehalfOf,
      Instant at) {
    this.id = UUID.randomUUID();
    this.itemId = review.releaseId().value();
    this.move = move;
    this.reached = review.status();
    this.revision = review.revision();
    this.comment =
        PlainText.optional(
            comment, "comment", WorkflowMessages.FIELD_DECISION_COMMENT, COMMENT_MAX);
    this.takenBy = by.value();
    this.onBehalfOf = onBehalfOf.map(Username::value).orElse(null);
    this.takenAt = at.atOffset(ZoneOffset.UTC);
    this.level = level.level();
    this.unitPath = review.unit().value();
  }

  /** Comments speak about the release: they are read at its level, whatever it becomes. */
  public void followClassification(Classification to) {
    this.level = to.level();
  }

  public ReviewStep step() {
    return new ReviewStep(
        new ReleaseId(itemId),
        move,
        reached,
        revision,
        Optional.ofNullable(comment),
        new Username(takenBy),
        Optional.ofNullable(onBehalfOf).map(Username::new),
        takenAt.toInstant());
  }
}
