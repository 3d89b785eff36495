package id.go.jogjaprov.warta.workflow.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.content.api.InformationCategory;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseSaved;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.workflow.api.ReviewDecision;
import id.go.jogjaprov.warta.workflow.api.ReviewMove;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * A release's way through review: its stage, the revision before the reviewers, who had a hand in
 * the text (four eyes: none of them decides) and who gave the first of two approvals. Moves follow
 * {@link ReviewFlow}; who may make them is {@link ReviewPolicy}'s answer. It speaks about the
 * release, so it is read at the release's level, by its unit line or an official it was shared with
 * (the release's id is the grant key), never by the public.
 */
@Entity
@Table(name = "review", schema = "workflow")
@AdditionalCriteria(ReadCriteria.PART_NEED_TO_KNOW)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class Review {

  /** The release's id: the review's identity, and the key of any grant on the release. */
  @Id
  @Column(name = "release_id")
  private UUID itemId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReleaseStatus status;

  @Column(nullable = false)
  private int level;

  @Column(name = "unit_path", nullable = false)
  private String unitPath;

  @Column(nullable = false)
  private String author;

  /** The release's public-information category: serta-merta follows its own rules. */
  @Enumerated(EnumType.STRING)
  @Column(name = "information_category", nullable = false)
  private InformationCategory category;

  /** The newest revision: the one before the reviewers, and the one an approval approves. */
  @Column(nullable = false)
  private int revision;

  /** Who gave the first approval, while the agency head's is awaited. */
  @Column(name = "first_approver")
  private String firstApprover;

  /** Everyone who saved a revision, the author included, by their lower-case username. */
  @ElementCollection
  @CollectionTable(
      name = "review_writer",
      schema = "workflow",
      joinColumns = @JoinColumn(name = "release_id"))
  @Column(name = "username")
  private Set<String> writers = new HashSet<>();

  /** When the text was last handed to a reviewer (submitted, sent back, or first approved). */
  @Column(name = "waiting_since")
  private OffsetDateTime waitingSince;

  /** When the decision now awaited is due. */
  @Column(name = "due_at")
  private OffsetDateTime dueAt;

  /** Before this time the release does not go public, approved or not. */
  @Column(name = "embargo_until")
  private OffsetDateTime embargoUntil;

  @Version private long version;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Review() {}

  /** The review of a release just written. */
  public static Review of(ReleaseSaved first, Instant now) {
    Review review = new Review();
    review.itemId = first.releaseId().value();
    review.status = first.status();
    review.level = first.classification().level();
    review.unitPath = first.unit().value();
    review.author = first.author().value();
    review.writers.add(first.author().value());
    review.saved(first, now);
    return review;
  }

  /**
   * Someone saved a new revision: they had a hand in the text, and text under review or approved
   * goes back to review, every approval given so far void. Returns whether the stage changed.
   */
  public boolean saved(ReleaseSaved save, Instant now) {
    writers.add(save.savedBy().value());
    revision = save.revision();
    category = save.informationCategory();
    ReleaseStatus before = status;
    move(ReviewMove.REVISE, now);
    firstApprover = null;
    return status != before;
  }

  public ReleaseStatus submit(Instant now) {
    return move(ReviewMove.SUBMIT, now);
  }

  public ReleaseStatus withdraw(Instant now) {
    return move(ReviewMove.WITHDRAW, now);
  }

  public ReleaseStatus published(Instant now) {
    return move(ReviewMove.PUBLISH, now);
  }

  /** Serta-merta information goes out at once, whatever stage its review had reached. */
  public ReleaseStatus publishedUrgently(Instant now) {
    return move(ReviewMove.URGENT_PUBLISH, now);
  }

  /** Sets, moves or (with empty) lifts the embargo; the stage stays as it was. */
  public void embargo(Optional<Instant> until, Instant now) {
    move(ReviewMove.EMBARGO, now);
    embargoUntil = until.map(time -> time.atOffset(ZoneOffset.UTC)).orElse(null);
  }

  public Optional<Instant> embargoUntil() {
    return Optional.ofNullable(embargoUntil).map(OffsetDateTime::toInstant);
  }

  /** Whether the embargo still holds the release back at {@code now}. */
  public boolean isEmbargoedAt(Instant now) {
    return embargoUntil().filter(now::isBefore).isPresent();
  }

  /**
   * Records {@code decider}'s decision; the first of two approvals waits for the agency head.
   * {@code outsideOfficeHours}: whether now is outside the office's hours.
   */
  public ReleaseStatus decide(
      ReviewDecision decision, Username decider, Instant now, boolean outsideOfficeHours) {
    ReleaseStatus to = move(decision.move(), now, needsAgencyHead(outsideOfficeHours));
    firstApprover = to == ReleaseStatus.AWAITING_AGENCY_HEAD ? decider.value() : null;
    return to;
  }

  /**
   * Rahasia and above go out only with the agency head's approval too, and so does serta-merta
   * information approved outside office hours.
   */
  public boolean needsAgencyHead(boolean outsideOfficeHours) {
    return level >= Classification.RAHASIA.level() || (isSertaMerta() && outsideOfficeHours);
  }

  public boolean isSertaMerta() {
    return category == InformationCategory.SERTA_MERTA;
  }

  /** Whether {@code official} saved any revision of the text (the author always did). */
  public boolean hadAHandIn(Username official) {
    return writers.contains(official.value());
  }

  /**
   * The review speaks about the release: it is read at the release's level, whatever it becomes.
   */
  public void followClassification(Classification to) {
    level = to.level();
  }

  /** A move whose end does not depend on a second approval (anything but approving). */
  private ReleaseStatus move(ReviewMove move, Instant now) {
    return move(move, now, false);
  }

  private ReleaseStatus move(ReviewMove move, Instant now, boolean needsAgencyHead) {
    ReleaseStatus before = status;
    status = ReviewFlow.require(status, move, needsAgencyHead);
    updatedAt = now.atOffset(ZoneOffset.UTC);
    if (!status.isUnderReview()) {
      waitingSince = null;
      dueAt = null;
    } else if (status != before) {
      waitingSince = now.atOffset(ZoneOffset.UTC);
      dueAt = null;
    }
    return status;
  }

  /**
   * Sets when the decision now awaited is due, if it is not yet set: the decision a reviewer waits
   * for gets its own due date each time the text reaches a reviewer anew.
   */
  public void dueBy(Instant due) {
    if (status.isUnderReview() && dueAt == null) {
      dueAt = due.atOffset(ZoneOffset.UTC);
    }
  }

  /** Since when the awaited decision has been waiting, while one is. */
  public Optional<Instant> waitingSince() {
    return Optional.ofNullable(waitingSince).map(OffsetDateTime::toInstant);
  }

  public Optional<Instant> dueAt() {
    return Optional.ofNullable(dueAt).map(OffsetDateTime::toInstant);
  }

  public ReleaseId releaseId() {
    return new ReleaseId(itemId);
  }

  public ReleaseStatus status() {
    return status;
  }

  /** The release's classification, which the review follows. */
  public Classification classification() {
    return Classification.ofLevel(level);
  }

  public UnitPath unit() {
    return UnitPath.of(unitPath);
  }

  public Username author() {
    return new Username(author);
  }

  public int revision() {
    return revision;
  }

  public Optional<Username> firstApprover() {
    return Optional.ofNullable(firstApprover).map(Username::new);
  }
}
