package id.go.jogjaprov.warta.workflow.api;

/** What can happen to a release on its way through review. */
public enum ReviewMove {
  /** The author's side hands the text to the unit's heads (again, after requested changes). */
  SUBMIT,
  /** Someone saved a new revision. */
  REVISE,
  REQUEST_CHANGES,
  APPROVE,
  REJECT,
  /** The author takes the release back for good. */
  WITHDRAW,
  PUBLISH,
  /**
   * The time before which the release may not go public is set, moved or lifted (an embargo); the
   * stage stays as it was.
   */
  EMBARGO,
  /**
   * The agency head publishes serta-merta information at once, with a reason (a Merapi eruption
   * warning does not wait for the review round).
   */
  URGENT_PUBLISH;

  /** A head's decision, as opposed to the other moves. */
  public boolean isDecision() {
    return this == APPROVE || this == REQUEST_CHANGES || this == REJECT || this == URGENT_PUBLISH;
  }
}
