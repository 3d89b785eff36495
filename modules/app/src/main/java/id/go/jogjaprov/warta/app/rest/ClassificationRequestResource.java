package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.content.api.ClassificationService;
import id.go.jogjaprov.warta.content.api.ReclassificationOutcome;
import id.go.jogjaprov.warta.content.api.ReclassificationRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Pending lowerings of classification, approved by a second official. */
@Path("classification-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class ClassificationRequestResource {

  @Inject ClassificationService classification;
  @Context UriInfo uriInfo;

  /** A pending lowering on the wire. */
  public record RequestJson(
      String id,
      String releaseId,
      String from,
      String to,
      String reason,
      String requestedBy,
      Instant requestedAt,
      String status) {

    static RequestJson of(ReclassificationRequest request) {
      return new RequestJson(
          request.id().toString(),
          request.releaseId().toString(),
          request.from().name(),
          request.to().name(),
          request.reason(),
          request.requestedBy().value(),
          request.requestedAt(),
          request.status().name());
    }
  }

  /** The outcome: the release, and the pending request when a lowering waits for approval. */
  public record OutcomeJson(boolean applied, ReleaseJson release, RequestJson request) {

    static OutcomeJson of(ReclassificationOutcome outcome) {
      return new OutcomeJson(
          outcome.applied(),
          ReleaseJson.of(outcome.release()),
          outcome.pending().map(RequestJson::of).orElse(null));
    }
  }

  @POST
  @Path("{id}/approve")
  @Operation(summary = "Approve a pending lowering (not your own; cleared for the current level)")
  public ReleaseJson approve(@PathParam("id") String id) {
    return ReleaseJson.of(classification.approve(parse(id)));
  }

  @GET
  @Operation(summary = "Pending lowerings you may approve")
  public Response pending(@BeanParam PageParams page) {
    return PageJson.of(classification.awaitingMyApproval(page.request()), RequestJson::of, uriInfo);
  }

  private static UUID parse(String id) {
    return Ids.parse(id, AppMessages.RECLASSIFICATION_REQUEST_NOT_FOUND);
  }
}
