package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.workflow.api.DelegationService;
import id.go.jogjaprov.warta.workflow.api.DelegationView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Delegation (Plh/Plt): a head names a deputy who decides in their name for a period. */
@Path("delegations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class DelegationResource {

  @Inject DelegationService delegations;
  @Context UriInfo uriInfo;

  /** A delegation asked for: the deputy, the period (ISO-8601; from defaults to now), why. */
  public record DelegationRequest(String delegate, String from, String until, String reason) {}

  public record DelegationJson(
      String id,
      String delegator,
      String delegate,
      Instant startsAt,
      Instant endsAt,
      String reason,
      boolean active) {

    static DelegationJson of(DelegationView view) {
      return new DelegationJson(
          view.id().toString(),
          view.delegator().value(),
          view.delegate().value(),
          view.startsAt(),
          view.endsAt(),
          view.reason(),
          view.active());
    }
  }

  @POST
  @Operation(
      summary =
          "A head names a deputy (Plh/Plt) to decide in their name from `from` (now if absent)"
              + " until `until`, at most 90 days; the deputy's decisions record both names")
  public Response delegate(DelegationRequest body) {
    if (body == null) {
      throw new InvalidInputException(AppMessages.BODY_EMPTY);
    }
    if (body.delegate() == null || body.delegate().isBlank()) {
      throw new InvalidInputException("delegate", AppMessages.DELEGATE_REQUIRED);
    }
    DelegationView made =
        delegations.delegate(
            new Username(body.delegate()),
            Instants.optional(body.from(), "from").orElse(null),
            Instants.parse(body.until(), "until"),
            body.reason());
    return Response.status(201).entity(DelegationJson.of(made)).build();
  }

  @GET
  @Operation(summary = "Delegations you made or were named in, not yet over")
  public Response mine(@BeanParam PageParams page) {
    return PageJson.of(Page.of(delegations.mine(), page.request()), DelegationJson::of, uriInfo);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "End a delegation you made")
  public Response revoke(@PathParam("id") String id) {
    UUID delegation;
    try {
      delegation = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new ItemNotFoundException(AppMessages.DELEGATION_NOT_FOUND);
    }
    delegations.revoke(delegation);
    return Response.noContent().build();
  }
}
