package id.go.jogjaprov.warta.kernel;

import java.time.DateTimeException;
import java.util.Optional;
import java.util.function.Function;

/** The values of a link's query parameters: parsed, or refused naming the parameter. */
public final class LinkParameters {

  private LinkParameters() {}

  /**
   * The value of {@code parameter} as {@code parse} reads it; blank is none. A value it cannot read
   * is refused with {@code invalid}, which names the value as {@code {0}}.
   */
  public static <T> Optional<T> optional(
      String parameter, String text, Function<String, T> parse, MessageKey invalid) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(text.strip()));
    } catch (InvalidInputException e) {
      throw e.about(parameter);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new InvalidInputException(parameter, invalid, text);
    }
  }
}
