package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Calendar days on the wire: ISO dates ({@code 2027-06-30}); a mistyped one is a 400 naming it. */
final class Days {

  private static final String EXAMPLE = "2027-06-30";

  private Days() {}

  /** A day the caller may leave out ({@code field} names it in the answer). */
  static Optional<LocalDate> optional(String value, String field, String name) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, AppMessages.DATE_REQUIRED, name, EXAMPLE);
    }
  }
}
