package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import java.util.UUID;

/**
 * The two-person lowering of an imported record's classification, after its review: an archivist
 * proposes it with a reason; the agency head of the record's line, cleared for its level and not
 * the proposer, confirms or rejects it. Nothing is lowered by itself. A record published through
 * Warta follows its release instead, and is lowered through the release's reclassification.
 */
public interface RecordLowerings {

  RecordLowering propose(UUID recordId, Classification to, String reason);

  RecordLowering confirm(UUID loweringId);

  RecordLowering reject(UUID loweringId);

  /** Lowerings the caller may read that wait for a decision, the oldest first. */
  Page<RecordLowering> pending(PageRequest page);

  /**
   * Lowerings waiting for the caller's decision, the oldest first: of records of their line within
   * their clearance, proposed by someone else; none unless they head an agency.
   */
  Page<RecordLowering> awaitingMyDecision(PageRequest page);
}
