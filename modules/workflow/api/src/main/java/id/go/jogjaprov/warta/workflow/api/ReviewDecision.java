package id.go.jogjaprov.warta.workflow.api;

/** What a head decides on a release under review. */
public enum ReviewDecision {
  APPROVE("Disetujui"),
  REQUEST_CHANGES("Perlu perbaikan"),
  REJECT("Ditolak");

  private final String label;

  ReviewDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The move this decision makes. */
  public ReviewMove move() {
    return switch (this) {
      case APPROVE -> ReviewMove.APPROVE;
      case REQUEST_CHANGES -> ReviewMove.REQUEST_CHANGES;
      case REJECT -> ReviewMove.REJECT;
    };
  }
}
