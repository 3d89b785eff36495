package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.workflow.api.ReviewService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Reviews waiting for someone's decision. */
@Path("reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class ReviewResource {

  @Inject ReviewService reviews;
  @Context UriInfo uriInfo;

  @GET
  @Operation(
      summary =
          "assignee=me: the releases waiting for a decision the caller may take (first review, or"
              + " the agency head's second approval), longest waiting first, each with waitingSince,"
              + " dueAt and overdue; never text they helped write")
  public Response awaiting(@QueryParam("assignee") String assignee, @BeanParam PageParams page) {
    if (!"me".equals(assignee)) {
      throw new InvalidInputException("assignee", AppMessages.ASSIGNEE_ME_ONLY);
    }
    return PageJson.of(reviews.awaitingMyDecision(page.request()), AwaitingReviewJson::of, uriInfo);
  }
}
