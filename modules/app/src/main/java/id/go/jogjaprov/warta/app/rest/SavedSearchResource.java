package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.archives.api.SavedSearch;
import id.go.jogjaprov.warta.archives.api.SavedSearches;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The caller's saved archive searches: a name and a search's link parameters, no results; each is
 * its owner's only, and runs with what its owner may read the day it runs.
 */
@Path("archive/saved-searches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class SavedSearchResource {

  @Inject SavedSearches searches;
  @Context UriInfo uriInfo;

  /** A search to keep: its name and its parameters ({@code q}, {@code unit}, {@code from}, …). */
  public record SaveRequest(String name, Map<String, String> parameters) {}

  /** A saved search; {@code link} runs it ({@code /api/archive/search?…}). */
  public record SavedSearchJson(
      String id, String name, Map<String, String> parameters, String link, Instant savedAt) {

    static SavedSearchJson of(SavedSearch search, UriInfo uri) {
      var link = uri.getBaseUriBuilder().path("archive/search");
      search.parameters().forEach((name, value) -> link.queryParam(name, "{" + name + "}"));
      return new SavedSearchJson(
          search.id().toString(),
          search.name(),
          search.parameters(),
          link.buildFromMap(search.parameters()).toString(),
          search.savedAt());
    }
  }

  @GET
  @Operation(summary = "The caller's saved archive searches, by name")
  public List<SavedSearchJson> mine() {
    return searches.mine().stream().map(s -> SavedSearchJson.of(s, uriInfo)).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Keep a search under a name (a search of the same name is replaced); its parameters are"
              + " checked as a search link's are")
  public Response save(SaveRequest body) {
    if (body == null) {
      throw new InvalidInputException(AppMessages.BODY_EMPTY);
    }
    SavedSearch saved = searches.save(body.name(), body.parameters());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(saved.id().toString()).build())
        .entity(SavedSearchJson.of(saved, uriInfo))
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Forget one of the caller's saved searches")
  public Response forget(@PathParam("id") String id) {
    searches.forget(Ids.parse(id, AppMessages.SAVED_SEARCH_NOT_FOUND));
    return Response.noContent().build();
  }
}
