package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.workflow.api.Inbox;
import id.go.jogjaprov.warta.workflow.api.InboxItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The caller's notifications: review requested, decided, published. */
@Path("inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class InboxResource {

  @Inject Inbox inbox;
  @Context UriInfo uriInfo;

  /** One notification; {@code title} is absent where the caller can no longer read the release. */
  public record InboxJson(
      String id,
      String kind,
      String releaseId,
      String title,
      String actor,
      Instant at,
      boolean read) {

    static InboxJson of(InboxItem item) {
      return new InboxJson(
          item.id().toString(),
          item.kind().name(),
          item.releaseId().toString(),
          item.title().orElse(null),
          item.actor(),
          item.at(),
          item.read());
    }
  }

  @GET
  @Operation(summary = "Your notifications, newest first")
  public Response mine(@BeanParam PageParams page) {
    return PageJson.of(inbox.mine(page.request()), InboxJson::of, uriInfo);
  }

  @GET
  @Path("unread")
  @Operation(summary = "How many of your notifications are unread")
  public Map<String, Long> unread() {
    return Map.of("unread", inbox.unread());
  }

  @POST
  @Path("{id}/read")
  @Operation(summary = "Mark one of your notifications read")
  public Response markRead(@PathParam("id") String id) {
    UUID entry;
    try {
      entry = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new ItemNotFoundException(AppMessages.NOTIFICATION_NOT_FOUND);
    }
    inbox.markRead(entry);
    return Response.noContent().build();
  }
}
