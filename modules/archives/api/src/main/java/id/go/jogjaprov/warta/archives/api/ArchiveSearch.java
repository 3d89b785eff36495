package id.go.jogjaprov.warta.archives.api;

/** Full-text search over archive records. */
public interface ArchiveSearch {

  ArchiveSearchResult search(ArchiveQuery query);
}
