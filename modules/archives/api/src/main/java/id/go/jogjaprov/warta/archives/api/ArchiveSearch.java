package id.go.jogjaprov.warta.archives.api;

/** Full-text search over archive records, and opening one. */
public interface ArchiveSearch {

  ArchiveSearchResult search(ArchiveQuery query);

  /**
   * The public portal's search: public records of releases published through Warta, found as anyone
   * finds them whoever asks, so that a signed-in official sees on the portal what a citizen sees. A
   * level asked narrows within Biasa.
   */
  ArchiveSearchResult searchPortal(ArchiveQuery query);

  /** Opens a record the caller may read (else not found); classified ones are audited. */
  ArchiveRecordDetails open(java.util.UUID recordId);
}
