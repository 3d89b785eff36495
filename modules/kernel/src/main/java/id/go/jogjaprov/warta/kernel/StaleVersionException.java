package id.go.jogjaprov.warta.kernel;

/**
 * The change was made to a version of the item that is no longer the current one: someone saved in
 * the meantime. Nothing was changed; the caller reads the current version and decides.
 */
public class StaleVersionException extends RuleViolationException {

  public StaleVersionException(MessageKey message, Object... arguments) {
    super(message, arguments);
  }

  @Override
  protected MessageKey kind() {
    return KernelMessages.TITLE_STALE_VERSION;
  }
}
