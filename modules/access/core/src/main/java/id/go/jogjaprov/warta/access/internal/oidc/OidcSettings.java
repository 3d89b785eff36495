package id.go.jogjaprov.warta.access.internal.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The browser login's settings, read from MicroProfile Config so that each environment names its
 * own Keycloak. The login mechanism reads them through EL as {@code oidcSettings}.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

  @Inject
  @ConfigProperty(name = "warta.oidc.provider-uri")
  String providerUri;

  @Inject
  @ConfigProperty(name = "warta.oidc.client-id")
  String clientId;

  @Inject
  @ConfigProperty(name = "warta.oidc.client-secret")
  String clientSecret;

  /**
   * Reads the settings while the application starts: health checks run on server threads that do
   * not see the application's configuration, so the bean must exist before the first check.
   */
  void readAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    java.util.Objects.requireNonNull(providerUri, "warta.oidc.provider-uri");
  }

  public String getProviderUri() {
    return providerUri;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }
}
