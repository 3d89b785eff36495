package id.go.jogjaprov.warta.content.api;

/** Where a request to lower a classification stands. */
public enum ReclassificationStatus {
  PENDING,
  APPROVED,
  /** The release was reclassified otherwise before anyone approved. */
  CANCELLED
}
