package id.go.jogjaprov.warta.archives.api;

/** Where an import stands. */
public enum ImportStatus {
  /** Rows are being read into records (or will be again, after a failure, by any node). */
  RUNNING,
  /** Every row is a record, was one already, or was rejected with its reason. */
  DONE,
  /** The file could not be read on at some row; the rows before it are kept. */
  FAILED
}
