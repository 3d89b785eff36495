package id.go.jogjaprov.warta.kernel;

/**
 * The item does not exist, or the caller may not know that it exists: both answer alike so that a
 * refusal never confirms that a classified item is there.
 */
public class ItemNotFoundException extends WartaException {

  public ItemNotFoundException(MessageKey message, Object... arguments) {
    super(message, arguments);
  }

  @Override
  protected MessageKey kind() {
    return KernelMessages.TITLE_NOT_FOUND;
  }
}
