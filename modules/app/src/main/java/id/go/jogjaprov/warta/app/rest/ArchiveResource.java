package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.app.web.ArchiveListCsv;
import id.go.jogjaprov.warta.app.web.FileDownload;
import id.go.jogjaprov.warta.archives.api.ArchiveExports;
import id.go.jogjaprov.warta.archives.api.ArchiveHit;
import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.ArchiveRecordDetails;
import id.go.jogjaprov.warta.archives.api.ArchiveSearch;
import id.go.jogjaprov.warta.archives.api.ExportedDocument;
import id.go.jogjaprov.warta.archives.api.ExportedList;
import id.go.jogjaprov.warta.archives.api.FacetValue;
import id.go.jogjaprov.warta.archives.api.KeptRecord;
import id.go.jogjaprov.warta.archives.api.LegalHold;
import id.go.jogjaprov.warta.archives.api.RecordFile;
import id.go.jogjaprov.warta.archives.api.RecordKeeping;
import id.go.jogjaprov.warta.archives.api.RecordLink;
import id.go.jogjaprov.warta.archives.api.RecordLowering;
import id.go.jogjaprov.warta.archives.api.RecordLowerings;
import id.go.jogjaprov.warta.archives.api.RecordQueue;
import id.go.jogjaprov.warta.archives.api.RecordRetention;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.workflow.api.SealStatement;
import id.go.jogjaprov.warta.workflow.api.SealedApproval;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
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
  @Inject ArchiveExports exports;
  @Inject RecordKeeping keeping;
  @Inject RecordLowerings lowerings;
  @Context UriInfo uriInfo;

  /**
   * A page of hits in the scheme of every list ({@link PageJson}), with the facets beside it;
   * {@code totalApproximate}: the total and facet counts are estimates; {@code asOf}: what the
   * search's later pages pass on.
   *
   * <p>It is equal only to itself, and the facet values come as arrays: JSON-B keeps every object
   * it writes in a hash set (its check for cycles), and a value's hash would walk the whole answer
   * for each object in it — a tenth of a search's time, profiled.
   */
  public record SearchJson(
      int page,
      int size,
      long total,
      boolean totalApproximate,
      List<HitJson> items,
      Map<String, FacetValue[]> facets,
      boolean spellingForgiven,
      String asOf) {

    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

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

  /**
   * An archive record on the wire, with its retention stage (ACTIVE, INACTIVE, DUE, DESTROYED or
   * UNSCHEDULED), its legal hold (null when none), the files it keeps (each downloaded from {@code
   * download}), the records it corrects and that correct it, those the caller may read, the trail
   * of its release's review (to its unit line and archivists only, never public) and the seal it
   * was published under (null for an imported record); a destroyed record has no lead and an empty
   * body, and its files no bytes.
   */
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
      Instant archivedAt,
      String subjectCode,
      RetentionJson retention,
      LegalHoldJson legalHold,
      java.time.LocalDate reviewOn,
      List<RecordFileJson> files,
      List<RecordLink> corrects,
      List<RecordLink> correctedBy,
      List<TimelineJson> approvalTrail,
      RecordSealJson seal) {

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
          record.archivedAt(),
          record.subjectCode(),
          RetentionJson.of(record.retention()),
          record.legalHold().map(LegalHoldJson::of).orElse(null),
          record.reviewOn().orElse(null),
          record.files().stream().map(file -> RecordFileJson.of(record, file)).toList(),
          record.corrects(),
          record.correctedBy(),
          record.approvalTrail().stream().map(TimelineJson::of).toList(),
          record.seal().map(RecordSealJson::of).orElse(null));
    }
  }

  /**
   * The seal a record was published under, whole: {@code statement} is exactly the text Warta
   * signed (form {@code warta-seal-v1}), {@code signature} its Base64 signature with the key {@code
   * keyId}, checked with the key at {@code /api/public/seals/key} without Warta's help.
   */
  public record RecordSealJson(
      String seal,
      int revision,
      List<String> approvedBy,
      Instant approvedAt,
      String textSha256,
      String statement,
      String keyId,
      String signature) {

    static RecordSealJson of(SealedApproval approval) {
      SealStatement statement = approval.statement();
      return new RecordSealJson(
          statement.seal(),
          statement.revision(),
          statement.approvedBy(),
          statement.approvedAt(),
          statement.textSha256(),
          statement.text(),
          approval.keyId(),
          approval.signature());
    }
  }

  /** A file a record keeps, as its release published it; its download is null when view-only. */
  public record RecordFileJson(
      String id,
      String fileName,
      String mediaType,
      long sizeBytes,
      String sha256,
      String altText,
      String caption,
      String download) {

    static RecordFileJson of(ArchiveRecordDetails record, RecordFile file) {
      return new RecordFileJson(
          file.id().toString(),
          file.fileName(),
          file.mediaType(),
          file.sizeBytes(),
          file.sha256(),
          file.altText().orElse(null),
          file.caption().orElse(null),
          record.givesFiles() ? "archive/records/" + record.id() + "/files/" + file.id() : null);
    }
  }

  /** A record's row of the retention schedule (JRA) and where it stands today. */
  public record RetentionJson(
      String code,
      String title,
      String disposition,
      LocalDate inactiveFrom,
      LocalDate dueFrom,
      String stage) {

    static RetentionJson of(RecordRetention retention) {
      return new RetentionJson(
          retention.code(),
          retention.title().orElse(null),
          retention.disposition().map(Enum::name).orElse(null),
          retention.inactiveFrom().orElse(null),
          retention.dueFrom().orElse(null),
          retention.stage().name());
    }
  }

  public record LegalHoldJson(String reason, String placedBy, Instant placedAt) {

    static LegalHoldJson of(LegalHold hold) {
      return new LegalHoldJson(hold.reason(), hold.placedBy().value(), hold.placedAt());
    }
  }

  /** A record in one of the archivist's queues. */
  public record KeptRecordJson(
      String id,
      String recordNumber,
      String title,
      String classification,
      String unit,
      Instant publishedAt,
      RetentionJson retention,
      LegalHoldJson legalHold,
      java.time.LocalDate reviewOn) {

    static KeptRecordJson of(KeptRecord record) {
      return new KeptRecordJson(
          record.id().toString(),
          record.recordNumber(),
          record.title(),
          record.classification().name(),
          record.unit().value(),
          record.publishedAt(),
          RetentionJson.of(record.retention()),
          record.legalHold().map(LegalHoldJson::of).orElse(null),
          record.reviewOn().orElse(null));
    }
  }

  @GET
  @Path("queues/{queue}")
  @Operation(
      summary =
          "The archivist's queues, the longest waiting first: DUE_FOR_DESTRUCTION,"
              + " DUE_FOR_TRANSFER, DUE_FOR_REVIEW (past their inactive years under the JRA today)"
              + " and LEGAL_HOLDS")
  public Response queue(@PathParam("queue") String queue, @BeanParam PageParams page) {
    return PageJson.of(
        keeping.queue(ReleaseRequest.named(RecordQueue.class, queue, "queue"), page.request()),
        KeptRecordJson::of,
        uriInfo);
  }

  /** Why a legal hold is placed or lifted. */
  public record ReasonRequest(String reason) {}

  @POST
  @Path("records/{id}/legal-hold")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "An archivist puts a record under legal hold, with the reason: while it lasts the record"
              + " is never destroyed (recorded in the audit trail)")
  public LegalHoldJson placeLegalHold(@PathParam("id") String id, ReasonRequest body) {
    return LegalHoldJson.of(keeping.placeLegalHold(parseRecordId(id), reason(body)));
  }

  @POST
  @Path("records/{id}/legal-hold/lift")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "An archivist lifts a record's legal hold, with the reason")
  public Response liftLegalHold(@PathParam("id") String id, ReasonRequest body) {
    keeping.liftLegalHold(parseRecordId(id), reason(body));
    return Response.noContent().build();
  }

  /** The level to lower a record to, and why. */
  public record LoweringRequest(String to, String reason) {}

  @POST
  @Path("records/{id}/lowerings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "An archivist proposes lowering an imported record's classification (to BIASA, TERBATAS"
              + " or RAHASIA), with the reason; the agency head of its line decides"
              + " (/api/archive/lowerings/{id}/confirm). A record published through Warta is"
              + " lowered through its release instead (409)")
  public Response proposeLowering(@PathParam("id") String id, LoweringRequest body) {
    if (body == null) {
      throw new InvalidInputException(AppMessages.BODY_EMPTY);
    }
    RecordLowering lowering =
        lowerings.propose(
            parseRecordId(id),
            ReleaseRequest.named(Classification.class, body.to(), "to"),
            body.reason());
    return Response.created(
            uriInfo
                .getBaseUriBuilder()
                .path("archive/lowerings")
                .path(lowering.id().toString())
                .build())
        .entity(RecordLoweringResource.LoweringJson.of(lowering))
        .build();
  }

  /** The day a classified record's classification is to be reviewed (none: null), and why. */
  public record ReviewRequest(String on, String reason) {}

  @PUT
  @Path("records/{id}/declassification-review")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "An archivist sets the day a classified record's classification is to be reviewed"
              + " (on: 2030-12-31, or null for none), with the reason; from that day the record"
              + " waits in the DUE_FOR_DECLASSIFICATION_REVIEW queue, and is never lowered by"
              + " itself (recorded in the audit trail)")
  public Response scheduleReview(@PathParam("id") String id, ReviewRequest body) {
    if (body == null) {
      throw new InvalidInputException(AppMessages.BODY_EMPTY);
    }
    keeping.scheduleDeclassificationReview(
        parseRecordId(id), Days.optional(body.on(), "on", "on"), body.reason());
    return Response.noContent().build();
  }

  private static String reason(ReasonRequest body) {
    if (body == null) {
      throw new InvalidInputException(AppMessages.BODY_EMPTY);
    }
    return body.reason();
  }

  @GET
  @Path("records/{id}/export.pdf")
  @Produces("application/pdf")
  @Operation(
      summary =
          "One archive record as a PDF: its classification marked on every page and, from Terbatas"
              + " up, the reader's name, the time and an export id across every page, recorded in"
              + " the audit trail. Sangat Rahasia records are view-only (403).")
  public Response recordPdf(@PathParam("id") String id) {
    return download(exports.recordPdf(parseRecordId(id)));
  }

  @GET
  @Path("records/{id}/files/{file}")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary =
          "A file an archive record keeps, as its release published it; from Terbatas up the"
              + " download is recorded in the audit trail under an export id. Sangat Rahasia"
              + " records are view-only (403); a destroyed record's files are gone (404).")
  public Response recordFile(@PathParam("id") String id, @PathParam("file") String file) {
    return download(
        exports.recordFile(
            parseRecordId(id), Ids.parse(file, AppMessages.ARCHIVE_RECORD_NOT_FOUND)));
  }

  /** A document made for the caller, with the headers every download has. */
  static Response download(ExportedDocument document) {
    Response.ResponseBuilder response = Response.ok(document.content());
    FileDownload.headers(document.fileName(), document.mediaType()).forEach(response::header);
    return response.build();
  }

  @GET
  @Path("search/export.csv")
  @Produces(ArchiveListCsv.MEDIA_TYPE)
  @Operation(
      summary =
          "The first 5000 hits of a search (the parameters of /search but the page) as CSV, every"
              + " row stamped with the reader, the time and the export id; classified rows are"
              + " recorded in the audit trail; Sangat Rahasia rows are left out and counted.")
  public Response exportList(@BeanParam ArchiveSearchParams search) {
    ExportedList list = exports.list(search.query(PageRequest.first(1)));
    StreamingOutput csv =
        output -> {
          PrintWriter out = new PrintWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
          ArchiveListCsv.write(list, out);
          out.flush();
        };
    Response.ResponseBuilder response = Response.ok(csv);
    FileDownload.headers(ArchiveListCsv.fileName(list), ArchiveListCsv.MEDIA_TYPE)
        .forEach(response::header);
    return response.build();
  }

  private static UUID parseRecordId(String id) {
    return Ids.parse(id, AppMessages.ARCHIVE_RECORD_NOT_FOUND);
  }

  @GET
  @Path("search")
  @Operation(
      summary =
          "Search in Indonesian (latih finds pelatihan; \"phrases\", -word, OR), the best match"
              + " first or sort=newest; from/to as 2024, 2024-03 or 2024-03-05 (WIB days, both"
              + " included), unit (with the units below it), type, tag, language (ID, EN), level."
              + " Totals and facets count only what the caller may read; past 10,000 matches"
              + " they are estimated unless counts=exact. The Link headers page as of the first"
              + " page (asOf).")
  public Response search(@BeanParam ArchiveSearchParams asked, @BeanParam PageParams page) {
    PageRequest request = page.request();
    var result = search.search(asked.query(request));
    var hits = new Page<>(result.hits(), result.total(), request);
    String asOf = result.asOf().toString();
    return PageJson.withLinks(
        Response.ok(
            new SearchJson(
                request.page(),
                request.size(),
                result.total(),
                result.countsApproximate(),
                result.hits().stream().map(HitJson::of).toList(),
                facetArrays(result.facets()),
                result.spellingForgiven(),
                asOf)),
        hits,
        uriInfo.getRequestUriBuilder().replaceQueryParam(ArchiveQuery.AS_OF, asOf));
  }

  private static Map<String, FacetValue[]> facetArrays(Map<String, List<FacetValue>> facets) {
    Map<String, FacetValue[]> arrays = new java.util.LinkedHashMap<>();
    facets.forEach((name, values) -> arrays.put(name, values.toArray(FacetValue[]::new)));
    return arrays;
  }
}
