package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.app.infrastructure.Outages;
import id.go.jogjaprov.warta.kernel.MessageKey;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;

/**
 * The container's error pages (401, 403, 404, 500, 503): problem details on the API, a plain page
 * in the browser. Neither repeats anything from the failed request. A failure because the database
 * is away answers 503 ("try again shortly"), as does sign-in while Keycloak cannot be reached.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {

  @Inject Instance<LanguageView> language;

  private static final Map<Integer, AppMessages> TITLES =
      Map.of(
          401, AppMessages.ERROR_401_TITLE,
          403, AppMessages.ERROR_403_TITLE,
          404, AppMessages.ERROR_404_TITLE,
          500, AppMessages.ERROR_500_TITLE,
          503, AppMessages.ERROR_503_TITLE);

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    boolean databaseAway =
        request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
            && Outages.databaseUnavailable(failure);
    int status = databaseAway ? 503 : code instanceof Integer value ? value : 500;
    if (status == 503) {
      response.setHeader("Retry-After", databaseAway ? "5" : "30");
    }
    Locale locale = localeOf(request);
    String title = TITLES.getOrDefault(status, AppMessages.ERROR_TITLE).in(locale);
    String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setCharacterEncoding("UTF-8");
    if (uri.startsWith(request.getContextPath() + "/api/")) {
      response.setContentType("application/problem+json");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + "}");
      return;
    }
    response.setContentType("text/html");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\""
                + locale.getLanguage()
                + "\"><head><meta charset=\"UTF-8\"><title>"
                + title
                + " — Warta</title><link rel=\"stylesheet\" href=\""
                + request.getContextPath()
                + "/resources/css/warta.css\"></head><body class=\"error-page\"><main><h1>"
                + status
                + " · "
                + title
                + "</h1><p>"
                + explanation(status, databaseAway).in(locale)
                + "</p><p><a href=\""
                + request.getContextPath()
                + "/\">"
                + AppMessages.ERROR_BACK_HOME.in(locale)
                + "</a></p></main></body></html>");
  }

  /**
   * The pages' language for a reader who switched it or is signed in (a session), or else the
   * browser's: the error page must not start a session of its own.
   */
  private Locale localeOf(HttpServletRequest request) {
    if ((LanguageView.chosenIn(request).isPresent() || request.getSession(false) != null)
        && language.isResolvable()) {
      return language.get().getLocale();
    }
    // Without Accept-Language the container answers its own default locale: Indonesian instead.
    return request.getHeader("Accept-Language") == null
        ? MessageKey.INDONESIAN
        : MessageKey.firstSpoken(Collections.list(request.getLocales()));
  }

  private static AppMessages explanation(int status, boolean databaseAway) {
    if (databaseAway) {
      return AppMessages.ERROR_DATABASE_AWAY;
    }
    return switch (status) {
      case 503 -> AppMessages.ERROR_SIGN_IN_AWAY;
      case 403 -> AppMessages.ERROR_403;
      case 404 -> AppMessages.ERROR_404;
      case 401 -> AppMessages.ERROR_401;
      default -> AppMessages.ERROR_500;
    };
  }
}
