package id.go.jogjaprov.warta.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The cheapest answer the API gives to a signed-in official: nothing, after the token was checked.
 * A client checks its token with it; the benchmark measures the server's floor with it.
 */
@Path("ping")
@RequestScoped
public class PingResource {

  @GET
  @Operation(summary = "Answers 204 to any official with a valid token; reads nothing")
  public Response ping() {
    return Response.noContent().build();
  }
}
