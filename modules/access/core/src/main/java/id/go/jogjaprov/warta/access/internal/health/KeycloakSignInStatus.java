package id.go.jogjaprov.warta.access.internal.health;

import id.go.jogjaprov.warta.access.api.SignInStatus;
import id.go.jogjaprov.warta.access.internal.oidc.OidcSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Sign-in works while Keycloak answers for the realm. The answer is kept for a few seconds, so that
 * pages and monitors asking often do not each call Keycloak.
 */
@ApplicationScoped
class KeycloakSignInStatus implements SignInStatus {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final Duration FRESH_FOR = Duration.ofSeconds(5);

  @Inject OidcSettings settings;

  /** The last answer and when it was given. */
  private record Checked(boolean available, Instant at) {}

  private volatile Checked last = new Checked(false, Instant.EPOCH);

  @Override
  public boolean available() {
    Checked checked = last;
    if (checked.at().plus(FRESH_FOR).isAfter(Instant.now())) {
      return checked.available();
    }
    boolean available = probe();
    last = new Checked(available, Instant.now());
    return available;
  }

  private boolean probe() {
    try {
      var request =
          HttpRequest.newBuilder(
                  URI.create(settings.getProviderUri() + "/.well-known/openid-configuration"))
              .timeout(Duration.ofSeconds(3))
              .GET()
              .build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
