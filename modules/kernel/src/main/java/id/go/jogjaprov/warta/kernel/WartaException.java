package id.go.jogjaprov.warta.kernel;

/**
 * A business failure the caller can understand and act on. Its message is shown to users, so it
 * must never carry the title or text of a classified item.
 */
public abstract class WartaException extends RuntimeException {

  protected WartaException(String message) {
    super(message);
  }

  /** A short, stable title for the kind of failure (the problem-details {@code title}). */
  public abstract String title();
}
