package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.access.api.SignInStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What monitors of sign-in read: 503 while Keycloak is away. Kept apart from {@code /health/ready},
 * which stays up then, since the portal and the public API need no sign-in.
 */
@Path("public/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

  @Inject SignInStatus signIn;

  @GET
  @Path("sign-in")
  @Operation(summary = "Whether officials can sign in now (503 while Keycloak cannot be reached)")
  public Response signIn() {
    boolean up = signIn.available();
    return Response.status(up ? 200 : 503).entity(Map.of("signIn", up ? "UP" : "DOWN")).build();
  }
}
