package id.go.jogjaprov.warta.content.api;

/**
 * Where a release stands under the public information act (UU 14/2008): public information
 * announced periodically, announced at once, or available at any time; or exempt (art. 17), which
 * needs a recorded consequence test. Material classified Terbatas or above is always exempt.
 */
public enum InformationCategory {
  BERKALA("Berkala", true),
  SERTA_MERTA("Serta-merta", true),
  SETIAP_SAAT("Tersedia setiap saat", true),
  DIKECUALIKAN("Dikecualikan", false);

  private final String label;
  private final boolean isPublic;

  InformationCategory(String label, boolean isPublic) {
    this.label = label;
    this.isPublic = isPublic;
  }

  public String label() {
    return label;
  }

  /** Public information, which the office must make available to citizens. */
  public boolean isPublic() {
    return isPublic;
  }
}
