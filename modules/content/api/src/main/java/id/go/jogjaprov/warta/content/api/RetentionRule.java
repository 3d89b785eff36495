package id.go.jogjaprov.warta.content.api;

/** A row of the retention schedule (Jadwal Retensi Arsip): years active, inactive, then what. */
public record RetentionRule(
    String code, String title, int activeYears, int inactiveYears, Disposition disposition) {

  public String label() {
    return code
        + " "
        + title
        + " ("
        + activeYears
        + " + "
        + inactiveYears
        + " tahun, "
        + disposition.label().toLowerCase(java.util.Locale.ROOT)
        + ")";
  }
}
