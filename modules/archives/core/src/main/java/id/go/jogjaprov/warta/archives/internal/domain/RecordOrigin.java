package id.go.jogjaprov.warta.archives.internal.domain;

/** Where an archive record came from, which decides how its classification changes. */
public enum RecordOrigin {
  /** Published through Warta: it follows its release's classification. */
  PUBLISHED,
  /** Imported from an old website: it has no release; it is lowered on the record by two people. */
  IMPORTED
}
