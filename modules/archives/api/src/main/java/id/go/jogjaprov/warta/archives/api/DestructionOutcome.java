package id.go.jogjaprov.warta.archives.api;

/** What became of one record on a destruction list. */
public enum DestructionOutcome {
  PROPOSED,
  DESTROYED,
  /** Put under legal hold after it was proposed: kept, and the attempt recorded. */
  REFUSED_LEGAL_HOLD,
  /** The list was turned down. */
  KEPT
}
