package id.go.jogjaprov.warta.archives.api;

/** Where a proposed lowering of a record's classification stands. */
public enum LoweringStatus {
  PENDING,
  CONFIRMED,
  REJECTED
}
