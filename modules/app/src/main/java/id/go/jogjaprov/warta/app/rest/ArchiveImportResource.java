package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.app.web.SpooledUpload;
import id.go.jogjaprov.warta.archives.api.ArchiveImports;
import id.go.jogjaprov.warta.archives.api.ImportFormat;
import id.go.jogjaprov.warta.archives.api.ImportProgress;
import id.go.jogjaprov.warta.archives.api.ImportRejection;
import id.go.jogjaprov.warta.archives.api.ImportRequest;
import id.go.jogjaprov.warta.content.api.Language;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Imports of past releases as archive records, for archivists: a WordPress export (WXR) or a CSV
 * file is handed over, checked whole, then read into records in the background; its progress and
 * its rejected rows are its importer's to see.
 */
@Path("archive/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class ArchiveImportResource {

  @Inject ArchiveImports imports;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  /**
   * An import and how far it got; {@code percent} of its rows are read; {@code images} counts the
   * images its records kept from the uploads that came with it.
   */
  public record ImportJson(
      String id,
      String fileName,
      String format,
      String unit,
      String importedBy,
      Instant startedAt,
      String status,
      long rows,
      long done,
      int percent,
      long imported,
      long alreadyPresent,
      long rejected,
      long images,
      Instant finishedAt,
      String failure) {

    static ImportJson of(ImportProgress progress) {
      return new ImportJson(
          progress.id().toString(),
          progress.fileName(),
          progress.format().name(),
          progress.unit().value(),
          progress.importedBy().value(),
          progress.startedAt(),
          progress.status().name(),
          progress.rows(),
          progress.done(),
          progress.percent(),
          progress.imported(),
          progress.alreadyPresent(),
          progress.rejected(),
          progress.images(),
          progress.finishedAt().orElse(null),
          progress.failure().orElse(null));
    }
  }

  /** A row that became no record: where it stood in the file, its key, and why. */
  public record RejectionJson(long row, String key, String problem, String reason) {

    static RejectionJson of(ImportRejection rejection, Locale locale) {
      return new RejectionJson(
          rejection.row(), rejection.key(), rejection.problem().name(), rejection.reason(locale));
    }
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "An archivist imports past releases from a file (the request body): a WordPress export"
              + " (WXR; or a ZIP holding it and the site's uploads folder, whose images the posts"
              + " show are kept with their records, matched by path, never fetched) or CSV (columns id, title, published, body, and optionally lead, unit,"
              + " type, tags, classification, public, language, author, subject_code,"
              + " retention_code). name= is its file name (its ending gives the format unless"
              + " format= does), unit= the unit it comes from, type= and language= the defaults"
              + " for its rows. The file is checked whole first (400 naming the line that cannot"
              + " be read); the rows are then imported in the background: 202 with the import")
  public Response start(
      @QueryParam("name") String name,
      @QueryParam("format") String format,
      @QueryParam("unit") String unit,
      @QueryParam("type") String type,
      @QueryParam("language") String language,
      InputStream body)
      throws IOException {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("name", AppMessages.FILE_NAME_REQUIRED);
    }
    ImportFormat chosen =
        format == null
            ? ImportFormat.ofFileName(name)
                .orElseThrow(
                    () -> new InvalidInputException("format", AppMessages.IMPORT_FORMAT_UNKNOWN))
            : ReleaseRequest.named(ImportFormat.class, format, "format");
    if (unit == null || unit.isBlank()) {
      throw new InvalidInputException("unit", AppMessages.IMPORT_UNIT_REQUIRED);
    }
    ImportRequest request =
        new ImportRequest(
            name,
            chosen,
            UnitPath.of(unit.strip()),
            ReleaseRequest.named(ReleaseType.class, type, "type"),
            ReleaseRequest.named(Language.class, language, "language"));
    try (SpooledUpload upload = SpooledUpload.of(body, imports.maxBytes())) {
      if (upload.tooLarge()) {
        return Problem.fileTooLarge(RequestLanguage.of(headers), imports.maxBytes());
      }
      ImportProgress started = imports.start(request, upload.file());
      return Response.accepted(ImportJson.of(started))
          .location(uriInfo.getAbsolutePathBuilder().path(started.id().toString()).build())
          .build();
    }
  }

  @GET
  @Operation(summary = "The caller's imports, the latest first")
  public Response mine(@BeanParam PageParams page) {
    return PageJson.of(imports.mine(page.request()), ImportJson::of, uriInfo);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of the caller's imports and how far it got")
  public ImportJson progress(@PathParam("id") String id) {
    return ImportJson.of(imports.progress(importId(id)));
  }

  @GET
  @Path("{id}/rejections")
  @Operation(
      summary =
          "The rows of one of the caller's imports that became no record, in file order, with"
              + " their reasons")
  public Response rejections(@PathParam("id") String id, @BeanParam PageParams page) {
    Locale locale = RequestLanguage.of(headers);
    return PageJson.of(
        imports.rejections(importId(id), page.request()),
        rejection -> RejectionJson.of(rejection, locale),
        uriInfo);
  }

  private static UUID importId(String id) {
    return Ids.parse(id, AppMessages.IMPORT_NOT_FOUND);
  }
}
