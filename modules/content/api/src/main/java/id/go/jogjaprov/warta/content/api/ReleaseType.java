package id.go.jogjaprov.warta.content.api;

/** The kinds of text the office publishes. */
public enum ReleaseType {
  PRESS_RELEASE("Siaran Pers"),
  NEWS("Berita"),
  ANNOUNCEMENT("Pengumuman");

  private final String label;

  ReleaseType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
