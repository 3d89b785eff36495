package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.archives.api.ArchiveRecordDetails;
import id.go.jogjaprov.warta.archives.api.ArchiveSearch;
import id.go.jogjaprov.warta.archives.api.RecordKeeping;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.workflow.api.SealStatement;
import id.go.jogjaprov.warta.workflow.api.SealedApproval;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/** One archive record, opened from the search. */
@Named
@ViewScoped
public class ArchiveRecordView implements Serializable {

  @Inject ArchiveSearch archive;
  @Inject RecordKeeping keeping;

  private String id;

  /** Read again where the view is restored without it (another node, a restarted server). */
  private transient ArchiveRecordDetails record;

  private String holdReason;
  private java.time.LocalDate reviewOn;
  private String reviewReason;

  public void load() {
    record = archive.open(recordId());
  }

  private UUID recordId() {
    try {
      return UUID.fromString(String.valueOf(id));
    } catch (IllegalArgumentException malformed) {
      throw new ItemNotFoundException(AppMessages.ARCHIVE_RECORD_NOT_FOUND);
    }
  }

  /** An archivist puts the record under legal hold; the page shows it at once. */
  public void placeLegalHold() {
    keeping.placeLegalHold(recordId(), holdReason);
    holdReason = null;
    load();
  }

  public void liftLegalHold() {
    keeping.liftLegalHold(recordId(), holdReason);
    holdReason = null;
    load();
  }

  /** An archivist sets (or, left empty, removes) the day the classification is reviewed. */
  public void scheduleReview() {
    keeping.scheduleDeclassificationReview(
        recordId(), java.util.Optional.ofNullable(reviewOn), reviewReason);
    reviewReason = null;
    load();
  }

  public java.time.LocalDate getReviewOn() {
    return reviewOn;
  }

  public void setReviewOn(java.time.LocalDate reviewOn) {
    this.reviewOn = reviewOn;
  }

  public String getReviewReason() {
    return reviewReason;
  }

  public void setReviewReason(String reviewReason) {
    this.reviewReason = reviewReason;
  }

  public String getHoldReason() {
    return holdReason;
  }

  public void setHoldReason(String holdReason) {
    this.holdReason = holdReason;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  /** What the record's seal states, if it has one. */
  public SealStatement getSeal() {
    return getRecord().seal().map(SealedApproval::statement).orElse(null);
  }

  public ArchiveRecordDetails getRecord() {
    if (record == null) {
      load();
    }
    return record;
  }
}
