package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.content.api.AttachmentId;
import id.go.jogjaprov.warta.content.api.AttachmentService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Files of published public releases, for anyone: the portal's images and documents. */
@Path("public/attachments")
@RequestScoped
public class PublicAttachmentResource {

  @Inject AttachmentService attachments;

  @GET
  @Path("{attachment}")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary = "A file of a published public release (thumbnail=true: an image's small copy)")
  public Response download(
      @PathParam("attachment") String attachment, @QueryParam("thumbnail") boolean thumbnail) {
    return AttachmentResource.file(attachments.content(AttachmentId.parse(attachment), thumbnail));
  }
}
