package id.go.jogjaprov.warta.kernel;

import java.util.Optional;

/**
 * The request is malformed or incomplete; nothing was changed. Where one field is at fault it is
 * named by its stable key ({@code title}, {@code size}), so that API clients can point at it.
 */
public class InvalidInputException extends WartaException {

  private final String field;

  public InvalidInputException(String message) {
    this(null, message);
  }

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The key of the field at fault, if one is. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  @Override
  public String title() {
    return "Masukan tidak sah";
  }
}
