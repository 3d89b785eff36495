package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.workflow.api.ApprovalTrailStep;
import id.go.jogjaprov.warta.workflow.api.SealedApproval;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An archive record as its permitted readers see it: the release as it was published, where it
 * stands in its retention schedule, its legal hold if any, the files it keeps, the records it
 * corrects and those correcting it (each only if the reader may read it), the trail of its review
 * (empty to a reader outside its unit line who is no archivist, even on a public record) and the
 * seal it was published under; a destroyed record is a tombstone (no lead, an empty body, files
 * without their bytes). Imported records have neither trail nor seal.
 */
public record ArchiveRecordDetails(
    UUID id,
    String recordNumber,
    UUID releaseId,
    String type,
    String title,
    String lead,
    String body,
    Classification classification,
    UnitPath unit,
    String author,
    Instant publishedAt,
    Instant archivedAt,
    String subjectCode,
    RecordRetention retention,
    Optional<LegalHold> legalHold,
    Optional<java.time.LocalDate> reviewOn,
    List<RecordFile> files,
    List<RecordLink> corrects,
    List<RecordLink> correctedBy,
    List<ApprovalTrailStep> approvalTrail,
    Optional<SealedApproval> seal) {

  public ArchiveRecordDetails {
    files = List.copyOf(files);
    corrects = List.copyOf(corrects);
    correctedBy = List.copyOf(correctedBy);
    approvalTrail = List.copyOf(approvalTrail);
  }

  public boolean destroyed() {
    return retention.stage() == RetentionStage.DESTROYED;
  }

  /** Sangat Rahasia records are read in Warta only: never downloaded, printed out or exported. */
  public boolean viewOnly() {
    return viewOnly(classification);
  }

  /** Whether its files may be taken out: not view-only, not destroyed. */
  public boolean givesFiles() {
    return !viewOnly() && !destroyed();
  }

  /** Whether records of this level are view-only: the one place the rule is stated. */
  public static boolean viewOnly(Classification level) {
    return level == Classification.SANGAT_RAHASIA;
  }
}
