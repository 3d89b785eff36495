package id.go.jogjaprov.warta.archives.api;

/** Where a record stands in its retention schedule (JRA). */
public enum RetentionStage {
  /** Within its active years: kept by the unit and used. */
  ACTIVE,
  /** Within its inactive years: kept, rarely used. */
  INACTIVE,
  /** Past its inactive years: due for its final disposition. */
  DUE,
  /** Destroyed by an approved destruction list; its tombstone remains. */
  DESTROYED,
  /** Its schedule row is no longer in the office's JRA: never due until it is given one. */
  UNSCHEDULED
}
