package id.go.jogjaprov.warta.workflow.api;

/**
 * What can happen to a release on its way through review; labelled as the office's records say it.
 */
public enum ReviewMove {
  /** The author's side hands the text to the unit's heads (again, after requested changes). */
  SUBMIT("Diajukan"),
  /** Someone saved a new revision. */
  REVISE("Diubah (kembali ditinjau)"),
  REQUEST_CHANGES("Perlu perbaikan"),
  APPROVE("Disetujui"),
  REJECT("Ditolak"),
  /** The author takes the release back for good. */
  WITHDRAW("Ditarik"),
  PUBLISH("Diterbitkan"),
  /**
   * The time before which the release may not go public is set, moved or lifted (an embargo); the
   * stage stays as it was.
   */
  EMBARGO("Embargo ditetapkan"),
  /**
   * The agency head publishes serta-merta information at once, with a reason (a Merapi eruption
   * warning does not wait for the review round).
   */
  URGENT_PUBLISH("Diterbitkan segera (serta-merta)");

  private final String label;

  ReviewMove(String label) {
    this.label = label;
  }

  /** The Indonesian name, as printed in a record's approval trail. */
  public String label() {
    return label;
  }

  /** A head's decision, as opposed to the other moves. */
  public boolean isDecision() {
    return this == APPROVE || this == REQUEST_CHANGES || this == REJECT || this == URGENT_PUBLISH;
  }
}
