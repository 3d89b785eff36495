package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import java.util.UUID;

/**
 * Changing a release's classification after it was written. Raising is immediate; lowering or
 * declassifying needs a written reason and a second official (never the requester) cleared for the
 * current level. Every change is recorded in the audit trail.
 */
public interface ClassificationService {

  ReclassificationOutcome reclassify(
      ReleaseId id, id.go.jogjaprov.warta.kernel.Classification level, String reason);

  /** Approves a pending lowering; the release takes the new level at once. */
  ReleaseDetails approve(UUID requestId);

  /**
   * Whether the caller may change this release's classification (the rule {@link #reclassify}
   * applies).
   */
  boolean mayReclassify(ReleaseDetails release);

  /**
   * A page of the pending lowerings the caller may approve (not their own), oldest first. Their
   * reasons speak of classified releases: each shown is recorded as a read.
   */
  Page<ReclassificationRequest> awaitingMyApproval(PageRequest page);
}
