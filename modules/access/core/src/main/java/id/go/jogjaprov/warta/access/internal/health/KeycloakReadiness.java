package id.go.jogjaprov.warta.access.internal.health;

import id.go.jogjaprov.warta.access.internal.oidc.OidcSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while Keycloak answers for the realm: without it nobody can sign in. */
@Readiness
@ApplicationScoped
class KeycloakReadiness implements HealthCheck {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Inject OidcSettings settings;

  @Override
  public HealthCheckResponse call() {
    var check = HealthCheckResponse.named("keycloak");
    try {
      var request =
          HttpRequest.newBuilder(
                  URI.create(settings.getProviderUri() + "/.well-known/openid-configuration"))
              .timeout(Duration.ofSeconds(3))
              .GET()
              .build();
      int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return check.status(status == 200).withData("status", status).build();
    } catch (java.io.IOException e) {
      return check.down().withData("error", e.getClass().getSimpleName()).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return check.down().build();
    }
  }
}
