package id.go.jogjaprov.warta.access.internal.health;

import id.go.jogjaprov.warta.access.api.SignInStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports whether Keycloak answers, without making Warta unready when it does not: the portal and
 * the public API need no sign-in and keep serving, and valid bearer tokens keep working (their keys
 * are mirrored). Monitors of sign-in itself read {@code /api/public/status/sign-in}, which answers
 * 503 while Keycloak is away.
 */
@Readiness
@ApplicationScoped
class KeycloakReadiness implements HealthCheck {

  @Inject SignInStatus signIn;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("keycloak")
        .up()
        .withData("signIn", signIn.available() ? "UP" : "DOWN")
        .build();
  }
}
