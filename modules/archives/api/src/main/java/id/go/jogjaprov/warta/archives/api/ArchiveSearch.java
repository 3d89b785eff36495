package id.go.jogjaprov.warta.archives.api;

/** Full-text search over archive records, and opening one. */
public interface ArchiveSearch {

  ArchiveSearchResult search(ArchiveQuery query);

  /** Opens a record the caller may read (else not found); classified ones are audited. */
  ArchiveRecordDetails open(java.util.UUID recordId);
}
