package id.go.jogjaprov.warta.archives.api;

/** Where a destruction list stands. */
public enum DestructionStatus {
  /** Proposed by an archivist, waiting for the agency head. */
  PROPOSED,
  /** Approved by the agency head and carried out at once. */
  APPROVED,
  /** Turned down by the agency head; nothing was destroyed. */
  REJECTED
}
