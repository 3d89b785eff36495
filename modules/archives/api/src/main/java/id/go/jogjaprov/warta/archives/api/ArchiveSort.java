package id.go.jogjaprov.warta.archives.api;

/** The order of hits: the best match first (the default), or the newest first. */
public enum ArchiveSort {
  RELEVANCE,
  NEWEST
}
