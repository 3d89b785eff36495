package id.go.jogjaprov.warta.workflow.api;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import java.util.List;

/**
 * Fired in the transaction that publishes a release after review, once its last step is on its
 * timeline: the release, its review's trail from first submission to publication, and the seal of
 * the approval that let it out. What the archives keep with its record.
 */
public record ApprovedReleasePublished(
    ReleaseId releaseId, List<ApprovalTrailStep> trail, SealedApproval seal) {

  public ApprovedReleasePublished {
    trail = List.copyOf(trail);
  }
}
