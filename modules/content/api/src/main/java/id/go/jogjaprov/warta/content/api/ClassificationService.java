package id.go.jogjaprov.warta.content.api;

import java.util.List;
import java.util.UUID;

/**
 * Changing a release's classification after it was written. Raising is immediate; lowering or
 * declassifying needs a written reason and a second official (never the requester) cleared for the
 * current level. Every change is recorded in the audit trail.
 */
public interface ClassificationService {

  ReclassificationOutcome reclassify(ReleaseId id, id.go.jogjaprov.warta.kernel.Classification level, String reason);

  /** Approves a pending lowering; the release takes the new level at once. */
  ReleaseDetails approve(UUID requestId);

  /** Whether the caller may change this release's classification (the rule {@link #reclassify} applies). */
  boolean mayReclassify(ReleaseDetails release);

  /** Pending lowerings the caller may approve. */
  List<ReclassificationRequest> awaitingMyApproval();
}
