package id.go.jogjaprov.warta.kernel;

import java.util.Locale;

/**
 * A business failure the caller can understand and act on. Its message is shown to users, in their
 * language, so it must never carry the title or text of a classified item. {@link #getMessage()} is
 * the Indonesian text, as the logs keep it.
 */
public abstract class WartaException extends RuntimeException {

  private final transient MessageKey message;
  private final transient Object[] arguments;

  protected WartaException(MessageKey message, Object... arguments) {
    super(message.in(MessageKey.INDONESIAN, arguments));
    this.message = message;
    this.arguments = arguments.clone();
  }

  MessageKey messageKey() {
    return message;
  }

  Object[] arguments() {
    return arguments.clone();
  }

  /** What went wrong, in {@code locale}. */
  public String message(Locale locale) {
    return message.in(locale, arguments);
  }

  /** A short, stable title for the kind of failure (the problem-details {@code title}). */
  public String title(Locale locale) {
    return kind().in(locale);
  }

  /** The kind of failure, whose sentence is the title. */
  protected abstract MessageKey kind();
}
