package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.archives.api.ArchiveFilters;
import id.go.jogjaprov.warta.archives.api.ArchiveHit;
import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.ArchiveRecordDetails;
import id.go.jogjaprov.warta.archives.api.ArchiveSearch;
import id.go.jogjaprov.warta.archives.api.ArchiveSort;
import id.go.jogjaprov.warta.archives.api.FacetValue;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Search of the archives; totals, facets and snippets cover only what the caller may read. */
@Path("archive")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class ArchiveResource {

  @Inject ArchiveSearch search;
  @Context UriInfo uriInfo;

  /** The response body of a search. */
  /** A page of hits in the scheme of every list ({@link PageJson}), with the facets beside it. */
  public record SearchJson(
      int page, int size, long total, List<HitJson> items, Map<String, List<FacetValue>> facets) {}

  /** One hit; matched words in the snippet stand between « and ». */
  public record HitJson(
      String id,
      String recordNumber,
      String releaseId,
      String title,
      String snippet,
      String classification,
      String unit,
      Instant publishedAt) {

    static HitJson of(ArchiveHit hit) {
      return new HitJson(
          hit.id().toString(),
          hit.recordNumber(),
          hit.releaseId().toString(),
          hit.title(),
          hit.snippet(),
          hit.classification().name(),
          hit.unit().value(),
          hit.publishedAt());
    }
  }

  @GET
  @Path("records/{id}")
  @Operation(summary = "One archive record; opening classified records is audited")
  public ArchiveRecordDetailsJson record(@PathParam("id") String id) {
    return ArchiveRecordDetailsJson.of(search.open(parseRecordId(id)));
  }

  /** An archive record on the wire. */
  public record ArchiveRecordDetailsJson(
      String id,
      String recordNumber,
      String releaseId,
      String type,
      String title,
      String lead,
      String body,
      String classification,
      String unit,
      Instant publishedAt,
      Instant archivedAt) {

    static ArchiveRecordDetailsJson of(ArchiveRecordDetails record) {
      return new ArchiveRecordDetailsJson(
          record.id().toString(),
          record.recordNumber(),
          record.releaseId().toString(),
          record.type(),
          record.title(),
          record.lead(),
          record.body(),
          record.classification().name(),
          record.unit().value(),
          record.publishedAt(),
          record.archivedAt());
    }
  }

  private static UUID parseRecordId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new ItemNotFoundException(AppMessages.ARCHIVE_RECORD_NOT_FOUND);
    }
  }

  @GET
  @Path("search")
  @Operation(
      summary =
          "Search in Indonesian (latih finds pelatihan; \"phrases\", -word, OR), the best match"
              + " first or sort=newest; from/to as 2024, 2024-03 or 2024-03-05 (WIB days, both"
              + " included), unit (with the units below it), type, level. Totals and facets count"
              + " only what the caller may read.")
  public Response search(
      @QueryParam("q") String words,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("unit") String unit,
      @QueryParam("type") String type,
      @QueryParam("level") String level,
      @QueryParam("sort") String sort,
      @BeanParam PageParams page) {
    PageRequest request = page.request();
    var result =
        search.search(
            new ArchiveQuery(
                words,
                ArchiveFilters.parse(from, to, unit, type, level),
                ArchiveSort.parse(sort),
                request));
    var hits = new Page<>(result.hits(), result.total(), request);
    return PageJson.withLinks(
        Response.ok(
            new SearchJson(
                request.page(),
                request.size(),
                result.total(),
                result.hits().stream().map(HitJson::of).toList(),
                result.facets())),
        hits,
        uriInfo);
  }
}
