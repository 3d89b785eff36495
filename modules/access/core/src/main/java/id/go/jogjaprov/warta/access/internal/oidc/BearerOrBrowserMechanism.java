package id.go.jogjaprov.warta.access.internal.oidc;

import id.go.jogjaprov.warta.access.api.SignInStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * One WAR serves both the browser (OpenID Connect sessions) and the JSON API (bearer tokens,
 * MicroProfile JWT). Both mechanisms register themselves as beans, which CDI cannot choose between;
 * this alternative takes their place and routes each request: everything under {@code /api/} or
 * carrying a bearer token to MP-JWT (so the API answers 401, never a login redirect), the rest to
 * the browser login.
 */
@Alternative
@Priority(100)
@ApplicationScoped
class BearerOrBrowserMechanism implements HttpAuthenticationMechanism {

  private static final String BEARER = "Bearer ";
  private static final Logger LOG = Logger.getLogger(BearerOrBrowserMechanism.class.getName());

  @Inject BeanManager beans;
  @Inject SignInStatus signIn;

  @Inject VerifiedTokens verifiedTokens;
  private HttpAuthenticationMechanism bearer;
  private HttpAuthenticationMechanism browser;

  /**
   * Looks the two mechanisms up among all beans: ordinary injection would see only this
   * alternative, which is the point of it.
   */
  @PostConstruct
  void findMechanisms() {
    StringBuilder seen = new StringBuilder();
    for (Bean<?> bean : beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE)) {
      if (bean.getBeanClass() == BearerOrBrowserMechanism.class) {
        continue;
      }
      // MP-JWT's bean names its class among its types; Soteria registers the OpenID Connect
      // mechanism (from BrowserLogin's definition) under the plain interface, and nothing else.
      String names = bean.getTypes().toString() + bean.getBeanClass().getName();
      seen.append(names).append(' ');
      if (names.contains("JWTAuthenticationMechanism")) {
        bearer = reference(bean);
      } else if (browser == null) {
        browser = reference(bean);
      } else {
        throw new IllegalStateException("More than one browser login mechanism: " + seen);
      }
    }
    if (bearer == null || browser == null) {
      throw new IllegalStateException(
          "Both the MP-JWT and the OpenID Connect mechanisms must be present; found: " + seen);
    }
  }

  private HttpAuthenticationMechanism reference(Bean<?> bean) {
    return (HttpAuthenticationMechanism)
        beans.getReference(
            bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    HttpAuthenticationMechanism mechanism = choose(request);
    if (mechanism == bearer && context.isProtected() && !hasBearerToken(request)) {
      // MP-JWT lets such a request through unauthenticated; the API must answer 401 instead.
      return context.responseUnauthorized();
    }
    if (mechanism == bearer) {
      return validateBearer(request, response, context);
    }
    // Someone not signed in would be sent to Keycloak's login page; while Keycloak is away, say so
    // here instead of sending the browser to a page that cannot load.
    if (context.isProtected() && request.getSession(false) == null && !signIn.available()) {
      return signInUnavailable(response);
    }
    try {
      return browser.validateRequest(request, response, context);
    } catch (RuntimeException keycloakAway) {
      // The OpenID Connect mechanism could not reach Keycloak (discovery, code exchange, refresh).
      LOG.log(Level.WARNING, "Sign-in unavailable: {0}", keycloakAway.getClass().getName());
      return signInUnavailable(response);
    }
  }

  /**
   * MP-JWT verifies a token the first time this node sees it; after that, until the token expires,
   * the caller it named is taken from what was verified (VerifiedTokens).
   */
  private AuthenticationStatus validateBearer(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (!hasBearerToken(request)) {
      return bearer.validateRequest(request, response, context);
    }
    String token = request.getHeader("Authorization").substring(BEARER.length()).strip();
    Instant now = Instant.now();
    var known = verifiedTokens.find(token, now);
    if (known.isPresent()) {
      return context.notifyContainerAboutLogin(known.get().caller(), known.get().groups());
    }
    AuthenticationStatus status = bearer.validateRequest(request, response, context);
    if (status == AuthenticationStatus.SUCCESS
        && context.getCallerPrincipal() instanceof JsonWebToken jwt) {
      verifiedTokens.remember(
          token,
          new VerifiedTokens.Verified(
              jwt, Set.copyOf(context.getGroups()), Instant.ofEpochSecond(jwt.getExpirationTime())),
          now);
    }
    return status;
  }

  /** A 503 page (the application's error page), not the empty 500 the container would send. */
  private static AuthenticationStatus signInUnavailable(HttpServletResponse response)
      throws AuthenticationException {
    try {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    } catch (IOException e) {
      throw new AuthenticationException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return choose(request).secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    choose(request).cleanSubject(request, response, context);
  }

  private HttpAuthenticationMechanism choose(HttpServletRequest request) {
    // The servlet path, not the raw URI: "/api;x=1/…" or "/%61pi/…" reach the API all the same.
    String servletPath = request.getServletPath();
    boolean api = servletPath.equals("/api") || servletPath.startsWith("/api/");
    return api || hasBearerToken(request) ? bearer : browser;
  }

  private static boolean hasBearerToken(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return authorization != null && authorization.startsWith(BEARER);
  }
}
