package id.go.jogjaprov.warta.kernel;

/**
 * The rule for every field of plain text people type (titles, reasons, comments): trimmed, within
 * its length, and free of control characters other than line breaks and tabs. PostgreSQL refuses
 * NUL in text, and other control characters have no place in a government text; both are refused
 * here with the field named, before anything is stored.
 */
public final class PlainText {

  private PlainText() {}

  /** A required text: trimmed, never empty. */
  public static String required(String value, String field, String label, int max) {
    String text = optional(value, field, label, max);
    if (text == null) {
      throw new InvalidInputException(field, label + " wajib diisi.");
    }
    return text;
  }

  /** An optional text: trimmed, {@code null} when empty. */
  public static String optional(String value, String field, String label, int max) {
    String trimmed = value == null ? "" : value.strip();
    if (trimmed.length() > max) {
      throw new InvalidInputException(field, label + " melebihi " + max + " karakter.");
    }
    if (trimmed.chars().anyMatch(PlainText::isForbidden)) {
      throw new InvalidInputException(
          field, label + " memuat karakter kendali yang tidak diizinkan.");
    }
    return trimmed.isEmpty() ? null : trimmed;
  }

  private static boolean isForbidden(int c) {
    return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
  }
}
