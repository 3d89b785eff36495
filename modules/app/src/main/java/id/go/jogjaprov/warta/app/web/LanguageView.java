package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * The language of the pages: Indonesian unless the official chose English in Keycloak, or switches
 * here for this session. Only the languages Warta speaks are taken.
 */
@Named
@SessionScoped
public class LanguageView implements Serializable {

  private static final Set<String> SPOKEN = Set.of("id", "en");
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  @Inject CurrentOfficial currentOfficial;

  private Locale chosen;

  public Locale getLocale() {
    if (chosen == null) {
      return currentOfficial
          .preferredLocale()
          .filter(locale -> SPOKEN.contains(locale.getLanguage()))
          .orElse(INDONESIAN);
    }
    return chosen;
  }

  /** Switches this session to {@code language}, if Warta speaks it ({@code id} or {@code en}). */
  void switchTo(String language) {
    if (language != null && SPOKEN.contains(language)) {
      chosen = Locale.forLanguageTag(language);
    }
  }

  /** This page's address (path and query), encoded to travel as the {@code back} parameter. */
  public String getBack() {
    var request =
        (jakarta.servlet.http.HttpServletRequest)
            jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequest();
    String page =
        request.getRequestURI()
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    return java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8);
  }

  public boolean isEnglish() {
    return "en".equals(getLocale().getLanguage());
  }
}
