package id.go.jogjaprov.warta.access.internal.oidc;

import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Duty;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.internal.duty.ActingDuty;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads the caller from the token that authenticated the request: the bearer token on the JSON API,
 * or the access token of the browser's OpenID Connect session; in a request opened for a duty, the
 * duty. Resolved once per request.
 */
@RequestScoped
class TokenCurrentOfficial implements CurrentOfficial {

  @Inject SecurityContext securityContext;
  @Inject Instance<OpenIdContext> openIdContext;
  @Inject ActingDuty duty;

  private Official official;

  @Override
  public Official get() {
    Optional<Duty> acting = duty.get();
    if (acting.isPresent()) {
      return acting.get().official();
    }
    if (official == null) {
      official = resolve();
    }
    return official;
  }

  private Official resolve() {
    Principal caller = securityContext.getCallerPrincipal();
    if (caller == null) {
      return Official.ANONYMOUS;
    }
    if (caller instanceof JsonWebToken jwt) {
      return KeycloakClaims.official(
          jwt.getName(),
          jwt.getSubject(),
          jwt.getGroups(),
          strings(jwt.getClaim(KeycloakClaims.UNITS_CLAIM)));
    }
    OpenIdContext context = openIdContext.get();
    var token = context.getAccessToken();
    return KeycloakClaims.official(
        caller.getName(),
        context.getSubject(),
        strings(token.getClaim(KeycloakClaims.ROLES_CLAIM)),
        strings(token.getClaim(KeycloakClaims.UNITS_CLAIM)));
  }

  @Override
  public Optional<Locale> preferredLocale() {
    if (duty.get().isPresent()) {
      return Optional.empty();
    }
    Principal caller = securityContext.getCallerPrincipal();
    Object claim = null;
    if (caller instanceof JsonWebToken jwt) {
      claim = jwt.getClaim(KeycloakClaims.LOCALE_CLAIM);
    } else if (caller != null) {
      claim = openIdContext.get().getAccessToken().getClaim(KeycloakClaims.LOCALE_CLAIM);
    }
    String tag =
        claim instanceof JsonString text ? text.getString() : claim == null ? "" : claim.toString();
    return tag.isBlank() ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag.strip()));
  }

  /** Claims arrive as JSON arrays or Java collections depending on the mechanism. */
  private static Collection<String> strings(Object claim) {
    if (claim instanceof JsonArray array) {
      return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
    if (claim instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).toList();
    }
    return List.of();
  }
}
