package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.app.web.FileDownload;
import id.go.jogjaprov.warta.content.api.AttachmentContent;
import id.go.jogjaprov.warta.content.api.AttachmentId;
import id.go.jogjaprov.warta.content.api.AttachmentService;
import id.go.jogjaprov.warta.content.api.AttachmentSummary;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The files of a release: listed, uploaded, described, downloaded and removed like the release. */
@Path("releases/{id}/attachments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class AttachmentResource {

  @Inject AttachmentService attachments;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  /** An attachment on the wire; {@code href} downloads it. */
  public record AttachmentJson(
      String id,
      String fileName,
      String mediaType,
      long size,
      String sha256,
      boolean image,
      String altText,
      String caption,
      String uploadedBy,
      Instant uploadedAt) {

    static AttachmentJson of(AttachmentSummary a) {
      return new AttachmentJson(
          a.id().toString(),
          a.fileName(),
          a.mediaType(),
          a.sizeBytes(),
          a.sha256(),
          a.image(),
          a.altText().orElse(null),
          a.caption().orElse(null),
          a.uploadedBy().value(),
          a.uploadedAt());
    }
  }

  /** Alt text and caption of an attachment. */
  public record DescriptionRequest(String altText, String caption) {}

  @GET
  @Operation(summary = "The files attached to a release, oldest first")
  public Response list(@PathParam("id") String id, @BeanParam PageParams page) {
    return PageJson.of(
        Page.of(attachments.of(ReleaseId.parse(id)), page.request()), AttachmentJson::of, uriInfo);
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "Attach a file (the request body, any Content-Type): PDF, DOCX, ODT, JPEG or PNG, checked"
              + " by content; name= is its file name, alt= and caption= describe an image")
  public Response attach(
      @PathParam("id") String id,
      @QueryParam("name") String name,
      @QueryParam("alt") String altText,
      @QueryParam("caption") String caption,
      InputStream body)
      throws IOException {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("name", AppMessages.FILE_NAME_REQUIRED);
    }
    byte[] content = body == null ? new byte[0] : body.readNBytes((int) attachments.maxBytes() + 1);
    if (content.length > attachments.maxBytes()) {
      // Read on a little, so that the client, still sending, gets to read the answer.
      drain(body, 4 * attachments.maxBytes());
      return Problem.fileTooLarge(RequestLanguage.of(headers), attachments.maxBytes());
    }
    AttachmentSummary attached =
        attachments.attach(ReleaseId.parse(id), name, content, altText, caption);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(attached.id().toString()).build())
        .entity(AttachmentJson.of(attached))
        .build();
  }

  @GET
  @Path("{attachment}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download the file (thumbnail=true: an image's small copy)")
  public Response download(
      @PathParam("id") String id,
      @PathParam("attachment") String attachment,
      @QueryParam("thumbnail") boolean thumbnail) {
    ReleaseId.parse(id);
    return file(attachments.content(AttachmentId.parse(attachment), thumbnail));
  }

  @PUT
  @Path("{attachment}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set an attachment's alt text and caption")
  public AttachmentJson describe(
      @PathParam("id") String id,
      @PathParam("attachment") String attachment,
      DescriptionRequest body) {
    if (body == null) {
      throw new InvalidInputException(AppMessages.BODY_EMPTY);
    }
    return AttachmentJson.of(
        attachments.describe(
            ReleaseId.parse(id), AttachmentId.parse(attachment), body.altText(), body.caption()));
  }

  @DELETE
  @Path("{attachment}")
  @Operation(summary = "Remove a file from a release that is still editable")
  public Response remove(@PathParam("id") String id, @PathParam("attachment") String attachment) {
    attachments.remove(ReleaseId.parse(id), AttachmentId.parse(attachment));
    return Response.noContent().build();
  }

  private static void drain(InputStream body, long atMost) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long read = 0;
    for (int n; read < atMost && (n = body.read(buffer)) > 0; ) {
      read += n;
    }
  }

  /** A file as a download, with the headers every download has ({@link FileDownload}). */
  static Response file(AttachmentContent file) {
    Response.ResponseBuilder response = Response.ok(file.bytes());
    FileDownload.headers(file).forEach(response::header);
    return response.build();
  }
}
