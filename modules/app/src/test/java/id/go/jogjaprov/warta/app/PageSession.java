package id.go.jogjaprov.warta.app;

import id.go.jogjaprov.warta.devstack.WartaApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser: keeps cookies, follows redirects and signs in through Keycloak's
 * real login form, so that the leak matrix can read officials' pages as each persona quickly.
 */
final class PageSession {

  private static final Pattern FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager(new LoopbackCookieStore(), CookiePolicy.ACCEPT_ALL))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** An anonymous reader. */
  static PageSession anonymous() {
    return new PageSession();
  }

  /** Signs in as a demo user on Keycloak's login page. */
  static PageSession signedIn(String username) {
    PageSession session = new PageSession();
    HttpResponse<String> login = session.get("/app/dashboard.xhtml");
    Matcher action = FORM_ACTION.matcher(login.body());
    if (!action.find()) {
      throw new IllegalStateException(
          "No Keycloak login form for " + username + " (HTTP " + login.statusCode() + ")");
    }
    String form =
        "username=" + encode(username) + "&password=" + encode(WartaApiClient.DEMO_PASSWORD);
    HttpResponse<String> landed =
        session.send(
            HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (!isWartaPage(landed)) {
      throw new IllegalStateException(
          "Sign-in as " + username + " did not return to Warta (HTTP " + landed.statusCode() + ")");
    }
    return session;
  }

  HttpResponse<String> get(String page) {
    return send(HttpRequest.newBuilder(URI.create(WartaDeployment.baseUrl() + page)).GET());
  }

  /** True when the answer is a Warta page, not Keycloak's login page. */
  static boolean isWartaPage(HttpResponse<String> response) {
    return response.uri().toString().startsWith(WartaDeployment.baseUrl());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Keycloak marks its cookies Secure; browsers treat loopback as a secure origin and send them
   * over plain HTTP, Java's cookie store does not. This store does what the browser does.
   */
  static final class LoopbackCookieStore implements CookieStore {
    private final CookieStore cookies = new CookieManager().getCookieStore();

    @Override
    public void add(URI uri, HttpCookie cookie) {
      cookie.setSecure(false);
      cookies.add(uri, cookie);
    }

    @Override
    public List<HttpCookie> get(URI uri) {
      return cookies.get(uri);
    }

    @Override
    public List<HttpCookie> getCookies() {
      return cookies.getCookies();
    }

    @Override
    public List<URI> getURIs() {
      return cookies.getURIs();
    }

    @Override
    public boolean remove(URI uri, HttpCookie cookie) {
      return cookies.remove(uri, cookie);
    }

    @Override
    public boolean removeAll() {
      return cookies.removeAll();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
