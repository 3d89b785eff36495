package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The language of the pages: the one the reader switched to here, else the one the official chose
 * in Keycloak, else Indonesian. The switch is kept in a cookie, not a session, so that a citizen's
 * pages start no session and stay cacheable ({@link PublicPageCachingFilter}). Only the languages
 * Warta speaks are taken.
 */
@Named
@RequestScoped
public class LanguageView {

  /** The cookie that keeps a reader's switch: {@code id} or {@code en}. */
  static final String COOKIE = "warta-language";

  private static final Set<String> SPOKEN = Set.of("id", "en");
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");
  private static final int A_YEAR = 365 * 24 * 60 * 60;

  @Inject CurrentOfficial currentOfficial;
  @Inject HttpServletRequest request;

  public Locale getLocale() {
    return chosenIn(request)
        .or(
            () ->
                currentOfficial
                    .preferredLocale()
                    .filter(locale -> SPOKEN.contains(locale.getLanguage())))
        .orElse(INDONESIAN);
  }

  /** The language this reader switched to, if any. */
  static Optional<Locale> chosenIn(HttpServletRequest request) {
    return Optional.ofNullable(request.getCookies()).stream()
        .flatMap(Arrays::stream)
        .filter(cookie -> cookie.getName().equals(COOKIE) && SPOKEN.contains(cookie.getValue()))
        .map(cookie -> Locale.forLanguageTag(cookie.getValue()))
        .findFirst();
  }

  /** Switches this reader to {@code language}, if Warta speaks it ({@code id} or {@code en}). */
  static void switchTo(String language, HttpServletRequest request, HttpServletResponse response) {
    if (language != null && SPOKEN.contains(language)) {
      Cookie chosen = new Cookie(COOKIE, language);
      chosen.setPath(request.getContextPath() + "/");
      chosen.setMaxAge(A_YEAR);
      chosen.setHttpOnly(true);
      chosen.setAttribute("SameSite", "Lax");
      response.addCookie(chosen);
    }
  }

  /** This page's address (path and query), encoded to travel as the {@code back} parameter. */
  public String getBack() {
    String page =
        request.getRequestURI()
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    return java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8);
  }

  public boolean isEnglish() {
    return "en".equals(getLocale().getLanguage());
  }
}
