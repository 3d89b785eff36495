package id.go.jogjaprov.warta.access.internal.keycloak;

import id.go.jogjaprov.warta.access.internal.oidc.OidcSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * One admin-client connection for the application, authenticated as the directory service account.
 */
@ApplicationScoped
class KeycloakAdminConnection {

  @Inject OidcSettings oidc;

  @Inject
  @ConfigProperty(name = "warta.directory.client-id")
  String clientId;

  @Inject
  @ConfigProperty(name = "warta.directory.client-secret")
  String clientSecret;

  private Keycloak keycloak;
  private String realm;

  synchronized RealmResource realm() {
    if (keycloak == null) {
      String provider = oidc.getProviderUri();
      int realms = provider.indexOf("/realms/");
      realm = provider.substring(realms + "/realms/".length());
      keycloak =
          KeycloakBuilder.builder()
              .serverUrl(provider.substring(0, realms))
              .realm(realm)
              .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
              .clientId(clientId)
              .clientSecret(clientSecret)
              .build();
    }
    return keycloak.realm(realm);
  }

  @PreDestroy
  synchronized void close() {
    if (keycloak != null) {
      keycloak.close();
    }
  }
}
