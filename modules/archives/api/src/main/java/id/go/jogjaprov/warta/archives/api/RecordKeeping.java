package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.util.List;
import java.util.UUID;

/**
 * Records that keep themselves: legal holds, and destruction only by an approved list. Every step
 * is recorded in the audit trail; a record under legal hold is never destroyed, and an attempt is
 * refused and recorded.
 */
public interface RecordKeeping {

  /**
   * A page of one of the archivist's queues, the longest waiting first: records due for their final
   * disposition under the office's schedule today, or records under legal hold.
   */
  Page<KeptRecord> queue(RecordQueue queue, PageRequest page);

  /** An archivist puts a record they may read under legal hold, with the reason. */
  LegalHold placeLegalHold(UUID recordId, String reason);

  /** An archivist lifts a record's legal hold, with the reason. */
  void liftLegalHold(UUID recordId, String reason);

  /**
   * An archivist sets the day a classified record's classification is to be reviewed ({@code
   * empty}: none), with the reason; from that day it waits in {@link
   * RecordQueue#DUE_FOR_DECLASSIFICATION_REVIEW}.
   */
  void scheduleDeclassificationReview(
      UUID recordId, java.util.Optional<java.time.LocalDate> on, String reason);

  /**
   * An archivist proposes records of one agency (its unit or below) for destruction: each must be
   * readable to them, due for destruction by its JRA row, and not under legal hold.
   */
  DestructionListDetails propose(UnitPath agency, List<UUID> recordIds, String note);

  /**
   * The agency's head, who did not propose it and may read every record on it, approves a list: its
   * records are destroyed at once, but any put under legal hold meanwhile, which stay.
   */
  DestructionListDetails approve(UUID listId);

  /** The agency's head turns a list down; nothing is destroyed. */
  DestructionListDetails reject(UUID listId);

  /** A list the caller may read, else not found. */
  DestructionListDetails list(UUID listId);

  /** The minutes of an approved list (berita acara pemusnahan) as a PDF. */
  ExportedDocument minutes(UUID listId);
}
