package id.go.jogjaprov.warta.content.api;

/**
 * Where a release stands in its life: konsep → ditinjau → (kepala dinas) → disetujui → terbit, or
 * ended by rejection or withdrawal. The approval workflow decides every move (its state machine is
 * the only one); the release keeps the stage it was last given, for lists and for its own rule of
 * when its text may change.
 */
public enum ReleaseStatus {
  DRAFT("Konsep"),
  IN_REVIEW("Ditinjau"),
  CHANGES_REQUESTED("Perlu perbaikan"),
  RESUBMITTED("Diajukan ulang"),
  AWAITING_AGENCY_HEAD("Menunggu kepala dinas"),
  APPROVED("Disetujui"),
  PUBLISHED("Terbit"),
  REJECTED("Ditolak"),
  WITHDRAWN("Ditarik");

  private final String label;

  ReleaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The text may still change: before publication and not ended. A change to text under review or
   * approved sends it back to review, since an approval is of one revision.
   */
  public boolean isEditable() {
    return !isEnded();
  }

  /** Published, rejected or withdrawn: no move leads anywhere from here. */
  public boolean isEnded() {
    return this == PUBLISHED || this == REJECTED || this == WITHDRAWN;
  }

  /** A reviewer has the release before them (first or second approval). */
  public boolean isUnderReview() {
    return this == IN_REVIEW || this == RESUBMITTED || this == AWAITING_AGENCY_HEAD;
  }
}
