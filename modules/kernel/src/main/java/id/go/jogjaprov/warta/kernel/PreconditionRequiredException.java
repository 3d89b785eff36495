package id.go.jogjaprov.warta.kernel;

/** A change must say which version it was made to, and did not; nothing was changed. */
public class PreconditionRequiredException extends WartaException {

  public PreconditionRequiredException(MessageKey message, Object... arguments) {
    super(message, arguments);
  }

  @Override
  protected MessageKey kind() {
    return KernelMessages.TITLE_PRECONDITION_REQUIRED;
  }
}
