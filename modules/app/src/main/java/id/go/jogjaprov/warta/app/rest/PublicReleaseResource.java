package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.content.api.ReleaseService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Published public releases for anyone, signed in or not. */
@Path("public/releases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicReleaseResource {

  @Inject ReleaseService releases;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "A page of published public releases, newest first")
  public Response list(@BeanParam PageParams page) {
    return PageJson.of(releases.listPublic(page.request()), PublicReleaseJson::of, uriInfo);
  }
}
