package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.ArchiveSearchResult;

/** The archive records the caller may read. */
public interface ArchiveRecords {

  void add(ArchiveRecord record);

  java.util.Optional<ArchiveRecord> find(java.util.UUID id);

  /**
   * The records of a release the caller may read. A reclassifying official belongs to the owning
   * unit's line and is cleared for the current level, so they see every record of it.
   */
  java.util.List<ArchiveRecord> ofRelease(java.util.UUID releaseId);

  ArchiveSearchResult search(ArchiveQuery query);
}
