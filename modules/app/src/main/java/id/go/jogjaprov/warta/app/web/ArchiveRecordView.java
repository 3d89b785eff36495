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
  private ArchiveRecordDetails record;
  private String holdReason;
  private java.time.LocalDate reviewOn;
  private String reviewReason;

  public void load() {
    try {
      record = archive.open(UUID.fromString(id));
    } catch (IllegalArgumentException | NullPointerException malformed) {
      throw new ItemNotFoundException(AppMessages.ARCHIVE_RECORD_NOT_FOUND);
    }
  }

  /** An archivist puts the record under legal hold; the page shows it at once. */
  public void placeLegalHold() {
    keeping.placeLegalHold(record.id(), holdReason);
    holdReason = null;
    record = archive.open(record.id());
  }

  public void liftLegalHold() {
    keeping.liftLegalHold(record.id(), holdReason);
    holdReason = null;
    record = archive.open(record.id());
  }

  /** An archivist sets (or, left empty, removes) the day the classification is reviewed. */
  public void scheduleReview() {
    keeping.scheduleDeclassificationReview(
        record.id(), java.util.Optional.ofNullable(reviewOn), reviewReason);
    reviewReason = null;
    record = archive.open(record.id());
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
    return record.seal().map(SealedApproval::statement).orElse(null);
  }

  public ArchiveRecordDetails getRecord() {
    return record;
  }
}
