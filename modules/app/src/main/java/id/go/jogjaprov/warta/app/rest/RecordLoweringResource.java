package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.archives.api.RecordLowering;
import id.go.jogjaprov.warta.archives.api.RecordLowerings;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The two-person lowering of an imported archive record's classification: proposed by an archivist,
 * decided by the agency head of the record's line.
 */
@Path("archive/lowerings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class RecordLoweringResource {

  @Inject RecordLowerings lowerings;
  @Context UriInfo uriInfo;

  /** A proposed lowering; status PENDING, CONFIRMED or REJECTED. */
  public record LoweringJson(
      String id,
      String recordId,
      String recordNumber,
      String unit,
      String from,
      String to,
      String reason,
      String proposedBy,
      Instant proposedAt,
      String status,
      String decidedBy,
      Instant decidedAt) {

    static LoweringJson of(RecordLowering lowering) {
      return new LoweringJson(
          lowering.id().toString(),
          lowering.recordId().toString(),
          lowering.recordNumber(),
          lowering.unit().value(),
          lowering.from().name(),
          lowering.to().name(),
          lowering.reason(),
          lowering.proposedBy().value(),
          lowering.proposedAt(),
          lowering.status().name(),
          lowering.decidedBy().map(u -> u.value()).orElse(null),
          lowering.decidedAt().orElse(null));
    }
  }

  @GET
  @Operation(
      summary =
          "Lowerings the caller may read that wait for a decision, the oldest first; assignee=me:"
              + " only those the caller may decide (agency head of the record's line, cleared for"
              + " its level, not the proposer)")
  public Response pending(@QueryParam("assignee") String assignee, @BeanParam PageParams page) {
    if (assignee == null) {
      return PageJson.of(lowerings.pending(page.request()), LoweringJson::of, uriInfo);
    }
    if (!"me".equals(assignee)) {
      throw new InvalidInputException("assignee", AppMessages.ASSIGNEE_ME_ONLY);
    }
    return PageJson.of(lowerings.awaitingMyDecision(page.request()), LoweringJson::of, uriInfo);
  }

  @POST
  @Path("{id}/confirm")
  @Operation(
      summary =
          "The agency head of the record's line, cleared for its level and not the proposer,"
              + " confirms: the record is lowered at once (audited)")
  public LoweringJson confirm(@PathParam("id") String id) {
    return LoweringJson.of(lowerings.confirm(parse(id)));
  }

  @POST
  @Path("{id}/reject")
  @Operation(summary = "The agency head of the record's line turns the lowering down")
  public LoweringJson reject(@PathParam("id") String id) {
    return LoweringJson.of(lowerings.reject(parse(id)));
  }

  private static UUID parse(String id) {
    return Ids.parse(id, AppMessages.LOWERING_NOT_FOUND);
  }
}
