package id.go.jogjaprov.warta.kernel;

/** The caller may see the item but may not do this to it (e.g. approve their own draft). */
public class NotPermittedException extends WartaException {

  public NotPermittedException(MessageKey message, Object... arguments) {
    super(message, arguments);
  }

  @Override
  protected MessageKey kind() {
    return KernelMessages.TITLE_NOT_PERMITTED;
  }
}
