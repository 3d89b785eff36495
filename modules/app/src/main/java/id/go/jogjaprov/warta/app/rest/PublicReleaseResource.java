package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.content.api.ReleaseService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Published public releases for anyone, signed in or not. */
@Path("public/releases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicReleaseResource {

  static final int MAX_LIMIT = 100;

  @Inject ReleaseService releases;

  @GET
  @Operation(summary = "Published public releases, newest first")
  public Map<String, List<PublicReleaseJson>> list(@QueryParam("limit") @DefaultValue("20") int limit) {
    int bounded = Math.max(1, Math.min(limit, MAX_LIMIT));
    return Map.of("releases", releases.listPublic(bounded).stream().map(PublicReleaseJson::of).toList());
  }
}
