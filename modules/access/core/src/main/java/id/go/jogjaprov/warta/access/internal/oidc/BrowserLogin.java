package id.go.jogjaprov.warta.access.internal.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Browser sign-in through Keycloak (OpenID Connect, authorization code flow). The caller's realm
 * roles arrive in the flat {@code groups} claim and become container roles of the same name.
 *
 * <p>{@code redirectToOriginalResource} stays off: on Payara it breaks the first request after the
 * login. The {@code /callback} page sends the browser on instead. Tokens refresh themselves so that
 * a role or clearance taken away in Keycloak stops working when the access token (five minutes)
 * runs out.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidcSettings.providerUri}",
    clientId = "${oidcSettings.clientId}",
    clientSecret = "${oidcSettings.clientSecret}",
    redirectURI = "${baseURL}/callback",
    redirectToOriginalResource = false,
    scope = {"openid", "profile", "email"},
    tokenAutoRefresh = true,
    claimsDefinition =
        @ClaimsDefinition(
            callerNameClaim = "preferred_username",
            callerGroupsClaim = KeycloakClaims.ROLES_CLAIM))
class BrowserLogin {}
