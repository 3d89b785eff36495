package id.go.jogjaprov.warta.access.internal.keycloak;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import javax.net.ssl.SSLContext;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.proxy.WebResourceFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.keycloak.admin.client.spi.ResteasyClientProvider;

/**
 * Lets Keycloak's admin client run on the JAX-RS client Payara already has (Jersey, with its
 * Jackson support) instead of RESTEasy, which cannot live in the same WAR as Jersey's server.
 * Registered for the admin client's service lookup in META-INF/services.
 */
public class JerseyClientProvider implements ResteasyClientProvider {

  @Override
  public Client newRestEasyClient(
      Object customJacksonProvider, SSLContext sslContext, boolean disableTrustManager) {
    if (disableTrustManager) {
      throw new IllegalArgumentException("Warta never disables certificate checks");
    }
    // The Admin API removes role mappings with DELETE and a body, which Jersey refuses unless told.
    ClientBuilder builder =
        ClientBuilder.newBuilder()
            .register(JacksonFeature.class)
            .property(ClientProperties.SUPPRESS_HTTP_COMPLIANCE_VALIDATION, true);
    if (sslContext != null) {
      builder.sslContext(sslContext);
    }
    return builder.build();
  }

  @Override
  public <R> R targetProxy(WebTarget target, Class<R> targetClass) {
    return WebResourceFactory.newResource(targetClass, target);
  }
}
