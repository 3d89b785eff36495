package id.go.jogjaprov.warta.archives.internal.domain;

/** The archive records the caller may read. */
public interface ArchiveRecords {

  void add(ArchiveRecord record);

  java.util.Optional<ArchiveRecord> find(java.util.UUID id);

  /**
   * The records of a release the caller may read. A reclassifying official belongs to the owning
   * unit's line and is cleared for the current level, so they see every record of it.
   */
  java.util.List<ArchiveRecord> ofRelease(java.util.UUID releaseId);

  /** The readable records of corrections of this release, the oldest first. */
  java.util.List<ArchiveRecord> correcting(java.util.UUID releaseId);

  /** The records among {@code ids} the caller may read, in no particular order. */
  java.util.List<ArchiveRecord> find(java.util.Collection<java.util.UUID> ids);

  /**
   * Records not destroyed under one of these schedule rows, each published before its row's
   * cut-off; the oldest first.
   */
  id.go.jogjaprov.warta.kernel.Page<ArchiveRecord> publishedBefore(
      java.util.Map<String, java.time.Instant> cutoffByRetentionCode,
      id.go.jogjaprov.warta.kernel.PageRequest page);

  /**
   * Classified records not destroyed whose review day is {@code today} or before, the longest due
   * first.
   */
  id.go.jogjaprov.warta.kernel.Page<ArchiveRecord> reviewDue(
      java.time.LocalDate today, id.go.jogjaprov.warta.kernel.PageRequest page);

  /** Records under legal hold, the longest held first. */
  id.go.jogjaprov.warta.kernel.Page<ArchiveRecord> underLegalHold(
      id.go.jogjaprov.warta.kernel.PageRequest page);

  /**
   * Changes within {@code window} after {@code (txid, position)} in the order of their
   * transactions' ids and then their positions, at most {@code max}; read by the indexer duty.
   */
  RecordChanges changesAfter(long txid, long position, ChangeWindow window, int max);

  /**
   * Some changes, and where the database stood when they were read: the id of the oldest
   * transaction running (every change of a transaction before it was committed, or rolled back, by
   * then), and the changes a reader who has read on to the end may not have seen ({@code unseen}:
   * those of the transactions running then, and of those begun since).
   */
  record RecordChanges(
      java.util.List<RecordChange> changes, long oldestRunning, ChangeWindow unseen) {}

  /**
   * The changes of transactions from {@code from} on and of those {@code running} (still running,
   * with smaller ids, when a reader last looked).
   */
  record ChangeWindow(long from, java.util.Set<Long> running) {

    /** Past this many running transactions a window is simply everything from the oldest. */
    static final int RUNNING_KEPT = 500;

    public ChangeWindow {
      running = java.util.Set.copyOf(running);
      if (running.size() > RUNNING_KEPT) {
        from = Math.min(from, java.util.Collections.min(running));
        running = java.util.Set.of();
      }
    }

    /** Every change of transactions from {@code txid} on. */
    public static ChangeWindow from(long txid) {
      return new ChangeWindow(txid, java.util.Set.of());
    }

    /** The smallest transaction id in the window. */
    public long lowest() {
      return Math.min(from, running.stream().mapToLong(Long::longValue).min().orElse(from));
    }
  }
}
