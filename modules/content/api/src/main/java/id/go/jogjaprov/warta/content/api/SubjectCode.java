package id.go.jogjaprov.warta.content.api;

/** A subject classification code (kode klasifikasi arsip) from the office's scheme. */
public record SubjectCode(String code, String title) {

  public String label() {
    return code + " " + title;
  }
}
