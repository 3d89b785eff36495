package id.go.jogjaprov.warta.kernel;

import java.util.regex.Pattern;

/**
 * The rule for every field of plain text people type (titles, reasons, comments): trimmed, within
 * its length, free of control characters other than line breaks and tabs, and free of markup.
 * PostgreSQL refuses NUL in text, and other control characters have no place in a government text;
 * a tag in a plain field is either a mistake or an attempt on whoever renders it. All are refused
 * here with the field named, before anything is stored.
 */
public final class PlainText {

  /** The start of a tag, a closing tag, a comment or a processing instruction. */
  private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[A-Za-z!?]");

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
    String text = characters(value, field, label, max);
    if (text != null && MARKUP.matcher(text).find()) {
      throw new InvalidInputException(
          field, label + " berupa teks biasa; tanda HTML seperti <b> tidak diizinkan.");
    }
    return text;
  }

  /**
   * What every typed text shares, markup or not: trimmed, bounded, free of control characters;
   * {@code null} when empty. Rich text applies its own rule for markup after this one.
   */
  public static String characters(String value, String field, String label, int max) {
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
