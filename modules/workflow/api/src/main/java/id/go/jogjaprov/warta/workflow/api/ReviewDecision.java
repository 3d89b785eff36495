package id.go.jogjaprov.warta.workflow.api;

/** What a head decides on a release under review (its label is the pages' {@code ReviewMove}). */
public enum ReviewDecision {
  APPROVE,
  REQUEST_CHANGES,
  REJECT;

  /** The move this decision makes. */
  public ReviewMove move() {
    return switch (this) {
      case APPROVE -> ReviewMove.APPROVE;
      case REQUEST_CHANGES -> ReviewMove.REQUEST_CHANGES;
      case REJECT -> ReviewMove.REJECT;
    };
  }
}
