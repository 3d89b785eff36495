package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.content.api.ContentApiMessages;
import id.go.jogjaprov.warta.content.api.PublicReleaseFilter;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Open data: published public releases for anyone, signed in or not, from any web origin; answered
 * conditionally ({@link PublicCaching}).
 */
@Path("public/releases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicReleaseResource {

  @Inject ReleaseService releases;
  @Context UriInfo uriInfo;
  @Context Request request;

  @GET
  @Operation(
      summary =
          "A page of published public releases, newest first, narrowed by unit (a path such as"
              + " /Pemda DIY/Dinas Pariwisata, with the units below it), type (PRESS_RELEASE, NEWS,"
              + " ANNOUNCEMENT), tag, from and to (2024, 2024-03 or 2024-03-05, WIB, both"
              + " included); Link headers to the other pages; ETag and 304 Not Modified")
  public Response list(@BeanParam PageParams page) {
    Map<String, String> asked = new HashMap<>();
    for (String parameter : PublicReleaseFilter.PARAMETERS) {
      Optional.ofNullable(uriInfo.getQueryParameters().getFirst(parameter))
          .ifPresent(value -> asked.put(parameter, value));
    }
    Page<ReleaseDetails> found =
        releases.listPublic(PublicReleaseFilter.parse(asked), page.request());
    PageJson<PublicReleaseJson> body =
        new PageJson<>(
            found.request().page(),
            found.request().size(),
            found.total(),
            found.items().stream().map(PublicReleaseJson::of).toList());
    return PageJson.withLinks(
        PublicCaching.respond(request, body, Optional.empty()), found, uriInfo);
  }

  @GET
  @Path("{slug}")
  @Operation(
      summary =
          "A published public release at its permanent address (slug); ETag, Last-Modified and"
              + " 304 Not Modified. Anything else at that address is 404, as one that never was")
  public Response bySlug(@PathParam("slug") String slug) {
    ReleaseDetails release =
        releases
            .publicBySlug(slug)
            .orElseThrow(() -> new ItemNotFoundException(ContentApiMessages.RELEASE_NOT_FOUND));
    return PublicCaching.respond(
            request, PublicReleaseJson.of(release), Optional.of(release.updatedAt()))
        .build();
  }
}
