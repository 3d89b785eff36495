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
   * Changes after {@code (txid, position)} in the order of their transactions' ids and then their
   * positions, at most {@code max}; read by the indexer duty.
   */
  RecordChanges changesAfter(long txid, long position, int max);

  /**
   * Some changes, and the id of the oldest transaction running when they were read: every change of
   * a transaction before it was committed (or rolled back) by then.
   */
  record RecordChanges(java.util.List<RecordChange> changes, long oldestRunning) {}
}
