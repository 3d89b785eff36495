package id.go.jogjaprov.warta.kernel;

import java.util.regex.Pattern;

/**
 * The rule for every field of plain text people type (titles, reasons, comments): trimmed, within
 * its length, free of control characters other than line breaks and tabs, and free of markup.
 * PostgreSQL refuses NUL in text, and other control characters have no place in a government text;
 * a tag in a plain field is either a mistake or an attempt on whoever renders it. All are refused
 * here with the field named, before anything is stored. The field's {@code label} is the key of its
 * name as users read it.
 */
public final class PlainText {

  /** The start of a tag, a closing tag, a comment or a processing instruction. */
  private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[A-Za-z!?]");

  private PlainText() {}

  /** A required text: trimmed, never empty. */
  public static String required(String value, String field, MessageKey label, int max) {
    String text = optional(value, field, label, max);
    if (text == null) {
      throw new InvalidInputException(field, KernelMessages.FIELD_REQUIRED, label);
    }
    return text;
  }

  /** An optional text: trimmed, {@code null} when empty. */
  public static String optional(String value, String field, MessageKey label, int max) {
    String text = characters(value, field, label, max);
    if (text != null && MARKUP.matcher(text).find()) {
      throw new InvalidInputException(field, KernelMessages.FIELD_MARKUP, label);
    }
    return text;
  }

  /**
   * What every typed text shares, markup or not: trimmed, bounded, free of control characters;
   * {@code null} when empty. Rich text applies its own rule for markup after this one.
   */
  public static String characters(String value, String field, MessageKey label, int max) {
    String trimmed = value == null ? "" : value.strip();
    if (trimmed.length() > max) {
      throw new InvalidInputException(field, KernelMessages.FIELD_TOO_LONG, label, max);
    }
    if (trimmed.chars().anyMatch(PlainText::isForbidden)) {
      throw new InvalidInputException(field, KernelMessages.FIELD_CONTROL_CHARACTERS, label);
    }
    return trimmed.isEmpty() ? null : trimmed;
  }

  private static boolean isForbidden(int c) {
    return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
  }
}
