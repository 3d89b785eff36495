package id.go.jogjaprov.warta.kernel;

import java.util.Optional;

/**
 * The request is malformed or incomplete; nothing was changed. Where one field is at fault it is
 * named by its stable key ({@code title}, {@code size}), so that API clients can point at it.
 */
public class InvalidInputException extends WartaException {

  private final String field;

  public InvalidInputException(MessageKey message, Object... arguments) {
    this((String) null, message, arguments);
  }

  public InvalidInputException(String field, MessageKey message, Object... arguments) {
    super(message, arguments);
    this.field = field;
  }

  /**
   * The same refusal, naming {@code otherField}: for a value checked by a shared rule (a username)
   * before the caller knew which field it came from.
   */
  public InvalidInputException about(String otherField) {
    return new InvalidInputException(otherField, messageKey(), arguments());
  }

  /** The key of the field at fault, if one is. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  @Override
  protected MessageKey kind() {
    return KernelMessages.TITLE_INVALID_INPUT;
  }
}
