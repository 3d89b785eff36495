package id.go.jogjaprov.warta.kernel;

/**
 * The action conflicts with the item's current state (e.g. approving a release that is not under
 * review, or saving over a newer version).
 */
public class RuleViolationException extends WartaException {

  public RuleViolationException(MessageKey message, Object... arguments) {
    super(message, arguments);
  }

  @Override
  protected MessageKey kind() {
    return KernelMessages.TITLE_RULE_VIOLATION;
  }
}
