package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** The record lowerings the caller may read. */
public interface RecordLoweringEntries {

  /**
   * Adds it, refused (409) while another lowering of the same record waits, also one proposed at
   * the same moment.
   */
  void add(RecordLoweringEntry lowering);

  Optional<RecordLoweringEntry> find(UUID id);

  Page<RecordLoweringEntry> pending(PageRequest page);

  /** Pending lowerings the caller may read, but those {@code account} proposed. */
  Page<RecordLoweringEntry> pendingNotProposedBy(String account, PageRequest page);
}
