package id.go.jogjaprov.warta.content.api;

/** What happens to a record when its retention ends. */
public enum Disposition {
  MUSNAH("Musnah"),
  PERMANEN("Permanen"),
  DINILAI_KEMBALI("Dinilai kembali");

  private final String label;

  Disposition(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
