package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.kernel.MessageKey;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.ResourceBundle;

/** Sentences a backing bean says on the page, in the page's language. */
final class PageMessages {

  private PageMessages() {}

  /** The language of the page being rendered (Indonesian outside a page). */
  static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null || context.getViewRoot() == null
        ? MessageKey.INDONESIAN
        : context.getViewRoot().getLocale();
  }

  static String text(MessageKey sentence, Object... arguments) {
    return sentence.in(locale(), arguments);
  }

  /** An enum's name as the pages show it (bundle key {@code Type.CONSTANT}), or its code. */
  static String label(Enum<?> value) {
    return pageText(value.getDeclaringClass().getSimpleName() + "." + value.name(), value.name());
  }

  /** A word of the pages' own bundle ({@code msg}), or {@code fallback} where it has none. */
  static String pageText(String key, String fallback) {
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle bundle =
        context == null ? null : context.getApplication().getResourceBundle(context, "msg");
    return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : fallback;
  }

  static void info(String clientId, MessageKey sentence, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_INFO, text(sentence, arguments), null);
  }

  static void error(String clientId, MessageKey sentence, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text(sentence, arguments), null);
  }

  static void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(severity, summary, detail));
  }
}
