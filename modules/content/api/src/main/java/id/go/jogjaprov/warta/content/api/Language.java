package id.go.jogjaprov.warta.content.api;

/** The language a release is written in; Indonesian unless said otherwise. */
public enum Language {
  ID("Bahasa Indonesia", "id"),
  EN("English", "en");

  private final String label;
  private final String tag;

  Language(String label, String tag) {
    this.label = label;
    this.tag = tag;
  }

  public String label() {
    return label;
  }

  /** The BCP 47 tag pages use in {@code lang} and {@code hreflang}. */
  public String tag() {
    return tag;
  }
}
