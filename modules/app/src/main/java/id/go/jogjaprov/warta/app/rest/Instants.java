package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Times on the wire: ISO-8601, with {@code Z} or an offset such as {@code +07:00}. */
final class Instants {

  private static final String EXAMPLE = "2026-12-31T09:00:00+07:00";

  private Instants() {}

  /** A time the caller must give in {@code field}; bad or missing input names the field. */
  static Instant parse(String value, String field) {
    try {
      return Instant.parse(value == null ? "" : value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, AppMessages.INSTANT_REQUIRED, field, EXAMPLE);
    }
  }

  /** A time the caller may leave out. */
  static Optional<Instant> optional(String value, String field) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(parse(value, field));
  }
}
