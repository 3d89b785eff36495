package id.go.jogjaprov.warta.content.api;

/** Where a release stands in its life: konsep → ditinjau → disetujui → terbit. */
public enum ReleaseStatus {
  DRAFT("Konsep"),
  IN_REVIEW("Ditinjau"),
  CHANGES_REQUESTED("Perlu perbaikan"),
  APPROVED("Disetujui"),
  PUBLISHED("Terbit"),
  REJECTED("Ditolak");

  private final String label;

  ReleaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The author may still change the text. */
  public boolean isEditable() {
    return this == DRAFT || this == CHANGES_REQUESTED;
  }
}
