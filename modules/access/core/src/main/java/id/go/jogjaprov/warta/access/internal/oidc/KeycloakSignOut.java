package id.go.jogjaprov.warta.access.internal.oidc;

import id.go.jogjaprov.warta.access.api.SignOut;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Signs out locally and at Keycloak (RP-initiated logout with the ID token as hint). */
@RequestScoped
class KeycloakSignOut implements SignOut {

  @Inject HttpServletRequest request;
  @Inject Instance<OpenIdContext> openIdContext;
  @Inject OidcSettings settings;

  @Override
  public URI signOut(URI returnTo) {
    String idToken = null;
    String endSession = settings.getProviderUri() + "/protocol/openid-connect/logout";
    if (request.getUserPrincipal() != null && openIdContext.isResolvable()) {
      OpenIdContext context = openIdContext.get();
      idToken = context.getIdentityToken().getToken();
      endSession = context.getProviderMetadata().getString("end_session_endpoint", endSession);
    }
    // The browser login lives in the HTTP session; ending the session ends it. request.logout()
    // would let the OpenID mechanism answer the response itself, before we can redirect.
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    StringBuilder uri = new StringBuilder(endSession);
    uri.append("?client_id=").append(encode(settings.getClientId()));
    uri.append("&post_logout_redirect_uri=").append(encode(returnTo.toString()));
    if (idToken != null) {
      uri.append("&id_token_hint=").append(encode(idToken));
    }
    return URI.create(uri.toString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
