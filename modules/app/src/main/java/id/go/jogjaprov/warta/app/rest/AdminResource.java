package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.access.api.ClearanceRequest;
import id.go.jogjaprov.warta.access.api.Directory;
import id.go.jogjaprov.warta.access.api.DirectoryUser;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** User administration through Keycloak, for SSO administrators. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class AdminResource {

  @Inject Directory directory;
  @Context UriInfo uriInfo;

  /** An account on the wire. */
  public record UserJson(
      String username,
      String fullName,
      boolean enabled,
      List<String> roles,
      String clearance,
      List<String> units) {

    static UserJson of(DirectoryUser user) {
      return new UserJson(
          user.username().value(),
          user.fullName(),
          user.enabled(),
          user.roles().stream().map(Role::roleName).sorted().toList(),
          user.clearance().highest().map(Classification::name).orElse(null),
          user.units().stream().map(UnitPath::value).sorted().toList());
    }
  }

  /** A clearance change: a level, or null to remove the clearance. */
  public record ClearanceChange(String level) {}

  /** A role or unit membership change. */
  public record MembershipChange(String role, String unit, boolean granted) {}

  /** A Sangat Rahasia clearance awaiting a second administrator. */
  public record ClearanceRequestJson(
      String id, String official, String requestedBy, Instant requestedAt) {

    static ClearanceRequestJson of(ClearanceRequest request) {
      return new ClearanceRequestJson(
          request.id().toString(),
          request.official().value(),
          request.requestedBy().value(),
          request.requestedAt());
    }
  }

  @GET
  @Path("users")
  @Operation(summary = "A page of the realm's users with roles, units and clearance")
  public Response users(@BeanParam PageParams page) {
    return PageJson.of(directory.users(page.request()), UserJson::of, uriInfo);
  }

  @PUT
  @Path("users/{username}/clearance")
  @Operation(
      summary =
          "Set or remove a clearance; Sangat Rahasia answers 202 and waits for a second admin")
  public Response clearance(@PathParam("username") String username, ClearanceChange change) {
    Optional<Classification> level =
        Optional.ofNullable(change == null ? null : change.level())
            .filter(l -> !l.isBlank())
            .map(l -> ReleaseRequest.named(Classification.class, l, "level"));
    Optional<ClearanceRequest> pending = directory.setClearance(new Username(username), level);
    return pending.isPresent()
        ? Response.status(202).entity(ClearanceRequestJson.of(pending.get())).build()
        : Response.noContent().build();
  }

  @PUT
  @Path("users/{username}/memberships")
  @Operation(summary = "Grant or revoke a role (e.g. department-head) or a unit membership")
  public Response membership(@PathParam("username") String username, MembershipChange change) {
    if (change == null || (change.role() == null) == (change.unit() == null)) {
      throw new InvalidInputException("role", AppMessages.ROLE_OR_UNIT);
    }
    Username official = new Username(username);
    if (change.role() != null) {
      Role role =
          Role.named(change.role())
              .orElseThrow(
                  () -> new InvalidInputException("role", AppMessages.ROLE_UNKNOWN, change.role()));
      directory.setRole(official, role, change.granted());
    } else {
      directory.setUnitMembership(official, UnitPath.of(change.unit()), change.granted());
    }
    return Response.noContent().build();
  }

  @POST
  @Path("users/{username}/disable")
  @Operation(summary = "Disable the account and end its sessions")
  public Response disable(@PathParam("username") String username) {
    directory.disable(new Username(username));
    return Response.noContent().build();
  }

  @GET
  @Path("clearance-requests")
  @Operation(summary = "Sangat Rahasia clearances awaiting a second administrator")
  public Response pending(@BeanParam PageParams page) {
    return PageJson.of(
        Page.of(directory.pendingClearances(), page.request()), ClearanceRequestJson::of, uriInfo);
  }

  @POST
  @Path("clearance-requests/{id}/confirm")
  @Operation(summary = "Confirm a pending Sangat Rahasia clearance (not the admin who asked)")
  public Response confirm(@PathParam("id") String id) {
    UUID requestId;
    try {
      requestId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new ItemNotFoundException(AppMessages.CLEARANCE_REQUEST_NOT_FOUND);
    }
    directory.confirmClearance(requestId);
    return Response.noContent().build();
  }
}
