package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.content.api.AttachmentService;
import id.go.jogjaprov.warta.content.api.AttachmentSummary;
import id.go.jogjaprov.warta.content.api.ClassificationService;
import id.go.jogjaprov.warta.content.api.Overlap;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseFilter;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseReading;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.content.api.ReleaseSort;
import id.go.jogjaprov.warta.content.api.ReleaseSummary;
import id.go.jogjaprov.warta.content.api.RevisionDiff;
import id.go.jogjaprov.warta.content.api.RevisionService;
import id.go.jogjaprov.warta.content.api.RevisionSummary;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.workflow.api.AllowedMoves;
import id.go.jogjaprov.warta.workflow.api.LeakSuspectedException;
import id.go.jogjaprov.warta.workflow.api.PassageNote;
import id.go.jogjaprov.warta.workflow.api.ReviewDecision;
import id.go.jogjaprov.warta.workflow.api.ReviewService;
import id.go.jogjaprov.warta.workflow.api.ReviewStep;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One release with its marking, its approval trail and, for its heads, the decision buttons. */
@Named
@ViewScoped
public class ReleasePageView implements Serializable {

  static final int READERS_SHOWN = 50;
  static final int CORRECTIONS_SHOWN = 20;
  static final int REVISIONS_SHOWN = 50;

  @Inject ReleaseService releases;
  @Inject ReviewService reviews;
  @Inject ClassificationService classification;
  @Inject RevisionService revisions;
  @Inject AttachmentService attachments;

  private String id;
  private ReleaseDetails release;
  private List<ReviewStep> timeline;
  private AllowedMoves moves;
  private List<ReleaseReading> readers;
  private List<RevisionSummary> history;
  private List<AttachmentSummary> files;
  private ReleaseSummary corrected;
  private List<ReleaseSummary> corrections;
  private String comment;
  private Classification newLevel;
  private String reason;
  private LocalDateTime newEmbargo;
  private List<Overlap> overlaps = List.of();
  private boolean overridable;
  private String leakCheckOverride;
  private List<PassageNote> passageNotes;
  private transient RevisionDiff changesSinceReview;
  private String passage;
  private String passageComment;

  public void load() {
    release = releases.open(ReleaseId.parse(id));
    timeline = reviews.timelineOf(release.id());
    passageNotes = reviews.passageNotes(release.id());
    moves = reviews.allowedMoves(release);
    readers = releases.readersOf(release.id(), PageRequest.first(READERS_SHOWN)).items();
    history = revisions.history(release.id(), PageRequest.first(REVISIONS_SHOWN)).items();
    files = attachments.of(release.id());
    corrected =
        release
            .metadata()
            .corrects()
            .flatMap(
                named ->
                    releases
                        .list(ReleaseFilter.any().among(Set.of(named)), PageRequest.first(1))
                        .items()
                        .stream()
                        .findFirst())
            .orElse(null);
    corrections =
        releases
            .list(
                ReleaseFilter.any().correcting(release.id()),
                new ReleaseSort(ReleaseSort.Field.CREATED, false),
                PageRequest.first(CORRECTIONS_SHOWN))
            .items();
  }

  /** The corrections of this release the caller may read, published or in the making. */
  public List<ReleaseSummary> getCorrections() {
    return corrections;
  }

  /** The release this one corrects, if the caller may read it: otherwise it is not named. */
  public Optional<ReleaseSummary> getCorrected() {
    return Optional.ofNullable(corrected);
  }

  public List<AttachmentSummary> getFiles() {
    return files;
  }

  /** The revisions the caller may read, newest first. */
  public List<RevisionSummary> getHistory() {
    return history;
  }

  /** Makes an earlier revision the newest, over the version this page showed. */
  public String restore(int number) {
    releases.restore(release.id(), number, release.version());
    return "release?faces-redirect=true&id=" + id;
  }

  public List<ReleaseReading> getReaders() {
    return readers;
  }

  public String approve() {
    return decide(ReviewDecision.APPROVE);
  }

  public String requestChanges() {
    return decide(ReviewDecision.REQUEST_CHANGES);
  }

  public String reject() {
    return decide(ReviewDecision.REJECT);
  }

  /**
   * The leak check may stop an approval: the page then lists what resembles what (the classified
   * side only where the head may read it) and, to a head who may read all of it, offers to publish
   * with a reason.
   */
  private String decide(ReviewDecision decision) {
    try {
      reviews.decide(
          release.id(),
          decision,
          comment,
          Optional.ofNullable(leakCheckOverride).filter(reason -> !reason.isBlank()));
    } catch (LeakSuspectedException suspected) {
      overlaps = suspected.overlaps();
      overridable = suspected.overridable();
      PageMessages.add(
          null,
          FacesMessage.SEVERITY_ERROR,
          suspected.title(PageMessages.locale()),
          suspected.message(PageMessages.locale()));
      return null;
    }
    return "release?faces-redirect=true&id=" + id;
  }

  /** What the leak check found on the last approval tried from this page. */
  public List<Overlap> getOverlaps() {
    return overlaps;
  }

  public boolean isLeakCheckOverridable() {
    return overridable;
  }

  public String getLeakCheckOverride() {
    return leakCheckOverride;
  }

  public void setLeakCheckOverride(String leakCheckOverride) {
    this.leakCheckOverride = leakCheckOverride;
  }

  public void reclassify() {
    var outcome = classification.reclassify(release.id(), newLevel, reason);
    release = outcome.release();
    moves = reviews.allowedMoves(release);
    reason = null;
    if (outcome.applied()) {
      PageMessages.info(
          null, AppMessages.RECLASSIFIED_TO, PageMessages.label(release.classification()));
    } else {
      PageMessages.info(null, AppMessages.LOWERING_REQUESTED);
    }
  }

  public boolean isReclassifiable() {
    return classification.mayReclassify(release);
  }

  public Classification[] getLevels() {
    return Classification.values();
  }

  public Classification getNewLevel() {
    return newLevel;
  }

  public void setNewLevel(Classification newLevel) {
    this.newLevel = newLevel;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String submit() {
    reviews.submit(release.id());
    return "release?faces-redirect=true&id=" + id;
  }

  /** Serta-merta, by the agency head: published at once, the reason given in the comment box. */
  public String publishUrgently() {
    reviews.publishUrgently(release.id(), comment);
    return "release?faces-redirect=true&id=" + id;
  }

  public boolean isUrgentlyPublishable() {
    return moves.publishUrgently();
  }

  /** The time before which the release does not go public, if one is set. */
  public Optional<Instant> getEmbargoUntil() {
    return moves.embargoUntil();
  }

  public boolean isEmbargoSettable() {
    return moves.setEmbargo();
  }

  public LocalDateTime getNewEmbargo() {
    return newEmbargo;
  }

  public void setNewEmbargo(LocalDateTime newEmbargo) {
    this.newEmbargo = newEmbargo;
  }

  /** The picked time is Yogyakarta's, as everyone in the office reads a clock. */
  public String setEmbargo() {
    if (newEmbargo == null) {
      PageMessages.error("actions:embargo-until", AppMessages.EMBARGO_TIME_REQUIRED);
      return null;
    }
    reviews.embargo(release.id(), Optional.of(newEmbargo.atZone(OfficeTime.ZONE).toInstant()));
    return "release?faces-redirect=true&id=" + id;
  }

  public String liftEmbargo() {
    reviews.embargo(release.id(), Optional.empty());
    return "release?faces-redirect=true&id=" + id;
  }

  /** A reviewer's comment on the passage they selected; the author sees it beside the text. */
  public String commentOnPassage() {
    reviews.commentOnPassage(release.id(), passage, passageComment);
    return "release?faces-redirect=true&id=" + id;
  }

  public List<PassageNote> getPassageNotes() {
    return passageNotes;
  }

  public String getPassage() {
    return passage;
  }

  public void setPassage(String passage) {
    this.passage = passage;
  }

  public String getPassageComment() {
    return passageComment;
  }

  public void setPassageComment(String passageComment) {
    this.passageComment = passageComment;
  }

  public String withdraw() {
    reviews.withdraw(release.id());
    return "release?faces-redirect=true&id=" + id;
  }

  /** Each move is offered only where it would succeed; the workflow decides. */
  public boolean isDecidable() {
    return moves.decide();
  }

  public boolean isSubmittable() {
    return moves.submit();
  }

  public boolean isWithdrawable() {
    return moves.withdraw();
  }

  public boolean isEditable() {
    return releases.mayRevise(release);
  }

  public boolean isCorrectable() {
    return releases.mayCorrect(release);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ReleaseDetails getRelease() {
    return release;
  }

  /**
   * The revision the heads last decided on, when the text has changed since: the reviewer sees what
   * changed since their last look. Zero when there is none.
   */
  public int getLastReviewedRevision() {
    return timeline.stream()
        .filter(ReviewStep::isDecision)
        .reduce((first, second) -> second)
        .map(ReviewStep::revision)
        .filter(revision -> revision < release.revision())
        .orElse(0);
  }

  /**
   * The word diff from the revision the heads last decided on to the one before them now, shown on
   * the page to whoever decides; read once a view.
   */
  public RevisionDiff getChangesSinceReview() {
    if (changesSinceReview == null) {
      changesSinceReview =
          revisions.compare(release.id(), getLastReviewedRevision(), release.revision());
    }
    return changesSinceReview;
  }

  /** Every step of the review, oldest first. */
  public List<ReviewStep> getTimeline() {
    return timeline;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
