package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.content.api.ClassificationService;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseFilter;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.content.api.ReleaseSort;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.content.api.RevisionService;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.workflow.api.PassageNote;
import id.go.jogjaprov.warta.workflow.api.ReviewService;
import id.go.jogjaprov.warta.workflow.api.SealService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Releases: drafting, review and reading. What the caller may not see answers 404. */
@Path("releases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class ReleaseResource {

  @Inject ReleaseService releases;
  @Inject RevisionService revisions;
  @Inject ReviewService reviews;
  @Inject SealService seals;
  @Inject ClassificationService classification;
  @Context UriInfo uriInfo;

  @POST
  @Operation(summary = "Create a draft; the unit defaults to the caller's own")
  public Response create(ReleaseRequest request) {
    var created = releases.create(required(request).draft());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
        .tag(Versions.tag(created.version()))
        .entity(ReleaseJson.of(created))
        .build();
  }

  @GET
  @Operation(
      summary =
          "A page of the caller's visible releases as summaries (no body): status=, type=,"
              + " classification= (each repeatable), q= (words in the title), sort= (updated,"
              + " created, title, status, type, classification, unit; -field for descending;"
              + " default -updated)")
  public Response list(
      @QueryParam("status") List<String> statuses,
      @QueryParam("type") List<String> types,
      @QueryParam("classification") List<String> levels,
      @QueryParam("q") String words,
      @QueryParam("sort") String sort,
      @BeanParam PageParams page) {
    var filter =
        ReleaseFilter.any()
            .inStatuses(named(ReleaseStatus.class, statuses, "status"))
            .matching(
                words,
                named(ReleaseType.class, types, "type"),
                named(Classification.class, levels, "classification"));
    return PageJson.of(
        releases.list(filter, sortOf(sort), page.request()), ReleaseSummaryJson::of, uriInfo);
  }

  private static <E extends Enum<E>> Set<E> named(
      Class<E> kind, List<String> values, String field) {
    return values.stream()
        .filter(v -> !v.isBlank())
        .map(v -> ReleaseRequest.named(kind, v.strip(), field))
        .collect(Collectors.toSet());
  }

  private static ReleaseSort sortOf(String sort) {
    if (sort == null || sort.isBlank()) {
      return ReleaseSort.NEWEST_CHANGE;
    }
    boolean descending = sort.strip().startsWith("-");
    String field = sort.strip().substring(descending ? 1 : 0).toUpperCase(Locale.ROOT);
    return new ReleaseSort(
        ReleaseRequest.named(ReleaseSort.Field.class, field, "sort"), descending);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One release; its ETag is what a change must send in If-Match")
  public Response get(@PathParam("id") String id) {
    var release = releases.open(ReleaseId.parse(id));
    return Response.ok(ReleaseJson.of(release)).tag(Versions.tag(release.version())).build();
  }

  /** Who opened a classified release; for its author. */
  public record ReadingJson(String reader, Instant at, String origin) {}

  @GET
  @Path("{id}/readers")
  @Operation(
      summary = "Who opened this classified release, newest first; empty unless you are its author")
  public Response readers(@PathParam("id") String id, @BeanParam PageParams page) {
    return PageJson.of(
        releases.readersOf(ReleaseId.parse(id), page.request()),
        r -> new ReadingJson(r.reader().value(), r.at(), r.origin()),
        uriInfo);
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary =
          "Revise a draft; send the ETag you read in If-Match (428 without it, 412 if someone saved"
              + " since)")
  public Response revise(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ReleaseRequest request) {
    long version = Versions.required(ifMatch);
    var revised = releases.revise(ReleaseId.parse(id), required(request).draft(), version);
    return Response.ok(ReleaseJson.of(revised)).tag(Versions.tag(revised.version())).build();
  }

  @POST
  @Path("{id}/submit")
  @Operation(
      summary =
          "Submit a draft for review by the unit's heads (again, after changes were requested)")
  public ReleaseJson submit(@PathParam("id") String id) {
    return ReleaseJson.of(reviews.submit(ReleaseId.parse(id)));
  }

  /** The body of an urgent publication. */
  public record UrgentPublication(String reason, String leakCheckOverride) {}

  @POST
  @Path("{id}/urgent-publication")
  @Operation(
      summary =
          "The agency head of the owning line publishes serta-merta information at once (e.g. a"
              + " Merapi eruption warning), whatever stage its review had reached; reason required")
  public ReleaseJson publishUrgently(@PathParam("id") String id, UrgentPublication body) {
    return ReleaseJson.of(
        reviews.publishUrgently(
            ReleaseId.parse(id),
            body == null ? null : body.reason(),
            Optional.ofNullable(body == null ? null : body.leakCheckOverride())));
  }

  @POST
  @Path("{id}/withdraw")
  @Operation(summary = "The author withdraws a release before publication; its review ends there")
  public ReleaseJson withdraw(@PathParam("id") String id) {
    return ReleaseJson.of(reviews.withdraw(ReleaseId.parse(id)));
  }

  @POST
  @Path("{id}/decisions")
  @Operation(
      summary =
          "Decide on a release under review (APPROVE, REQUEST_CHANGES or REJECT; a comment unless"
              + " approving). Rahasia and above need a second approval by the agency head; the"
              + " final approval publishes exactly the approved revision")
  public ReleaseJson decide(@PathParam("id") String id, DecisionRequest request) {
    if (request == null) {
      throw new InvalidInputException(AppMessages.BODY_EMPTY);
    }
    return ReleaseJson.of(
        reviews.decide(
            ReleaseId.parse(id), request.reviewDecision(), request.comment(), request.override()));
  }

  @GET
  @Path("{id}/decisions")
  @Operation(summary = "The approval trail of a release, oldest first")
  public Response decisions(@PathParam("id") String id, @BeanParam PageParams page) {
    return PageJson.of(
        Page.of(reviews.decisionsOn(ReleaseId.parse(id)), page.request()),
        DecisionJson::of,
        uriInfo);
  }

  @GET
  @Path("{id}/timeline")
  @Operation(
      summary =
          "Every step of a release's review, oldest first: SUBMIT, REQUEST_CHANGES, APPROVE,"
              + " REJECT, WITHDRAW, REVISE (an edit that sent the text back to review), PUBLISH;"
              + " where each led and on which revision")
  public Response timeline(@PathParam("id") String id, @BeanParam PageParams page) {
    return PageJson.of(
        Page.of(reviews.timelineOf(ReleaseId.parse(id)), page.request()),
        TimelineJson::of,
        uriInfo);
  }

  @GET
  @Path("{id}/revisions")
  @Operation(
      summary =
          "The revisions of a release you may read, newest first (who, when, change note, level)")
  public Response history(@PathParam("id") String id, @BeanParam PageParams page) {
    return PageJson.of(
        revisions.history(ReleaseId.parse(id), page.request()), RevisionJson::of, uriInfo);
  }

  @GET
  @Path("{id}/revisions/{number}")
  @Operation(summary = "The text of one revision, as that save left it")
  public RevisionJson.Text revision(@PathParam("id") String id, @PathParam("number") int number) {
    return RevisionJson.Text.of(revisions.revision(ReleaseId.parse(id), number));
  }

  @GET
  @Path("{id}/diff")
  @Operation(
      summary =
          "What changed from one revision to another, field by field, in runs of SAME, REMOVED and"
              + " ADDED words")
  public RevisionDiffJson diff(
      @PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
    return RevisionDiffJson.of(
        revisions.compare(
            ReleaseId.parse(id), revisionNumber(from, "from"), revisionNumber(to, "to")));
  }

  @POST
  @Path("{id}/revisions/{number}/restore")
  @Operation(
      summary =
          "Make an earlier revision's text the newest revision; send the release's ETag in"
              + " If-Match")
  public Response restore(
      @PathParam("id") String id,
      @PathParam("number") int number,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    long version = Versions.required(ifMatch);
    var restored = releases.restore(ReleaseId.parse(id), number, version);
    return Response.ok(ReleaseJson.of(restored)).tag(Versions.tag(restored.version())).build();
  }

  private static int revisionNumber(String value, String field) {
    try {
      int number = Integer.parseInt(value == null ? "" : value.strip());
      if (number >= 1) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidInputException(field, AppMessages.REVISION_NUMBER_REQUIRED, field);
  }

  /** Sharing a release with a named official until a time (ISO-8601). */
  public record GrantRequest(String user, String reason, String until) {}

  @POST
  @Path("{id}/grants")
  @Operation(summary = "Share with a named official for a reason until a time; expires by itself")
  public Response share(@PathParam("id") String id, GrantRequest body) {
    if (body == null || body.user() == null || body.user().isBlank() || body.until() == null) {
      throw new InvalidInputException(AppMessages.GRANT_FIELDS_REQUIRED);
    }
    Instant until = Instants.parse(body.until(), "until");
    Username grantee = new Username(body.user());
    releases.share(ReleaseId.parse(id), grantee, body.reason(), until);
    return Response.status(201)
        .entity(Map.of("user", grantee.value(), "until", until.toString()))
        .build();
  }

  /** The body of an embargo: the time before which the release may not go public. */
  public record EmbargoRequest(String until) {}

  /** A release's embargo, if one holds it back, and its stage. */
  public record EmbargoJson(String releaseId, String status, Instant until) {

    static EmbargoJson of(ReleaseDetails release, Optional<Instant> until) {
      return new EmbargoJson(release.id().toString(), release.status().name(), until.orElse(null));
    }
  }

  /** A reviewer's comment on a passage of the text. */
  public record PassageCommentRequest(String passage, String comment) {}

  public record PassageNoteJson(
      String id, int revision, String passage, String comment, String by, Instant at) {

    static PassageNoteJson of(PassageNote note) {
      return new PassageNoteJson(
          note.id().toString(),
          note.revision(),
          note.passage(),
          note.comment(),
          note.by().value(),
          note.at());
    }
  }

  @POST
  @Path("{id}/comments")
  @Operation(
      summary =
          "A reviewer who may decide comments on a passage (quoted) of the revision under review;"
              + " the author sees it beside the text")
  public Response commentOnPassage(@PathParam("id") String id, PassageCommentRequest body) {
    if (body == null) {
      throw new InvalidInputException(AppMessages.BODY_EMPTY);
    }
    PassageNote note =
        reviews.commentOnPassage(ReleaseId.parse(id), body.passage(), body.comment());
    return Response.status(201).entity(PassageNoteJson.of(note)).build();
  }

  @GET
  @Path("{id}/comments")
  @Operation(summary = "Reviewers' comments on passages of the release, oldest first")
  public Response passageNotes(@PathParam("id") String id, @BeanParam PageParams page) {
    return PageJson.of(
        Page.of(reviews.passageNotes(ReleaseId.parse(id)), page.request()),
        PassageNoteJson::of,
        uriInfo);
  }

  @GET
  @Path("{id}/seal")
  @Operation(
      summary =
          "The seal of the release's newest final approval, checked; its public verification page"
              + " is /verify/{seal}")
  public SealJson seal(@PathParam("id") String id) {
    return seals
        .sealOf(ReleaseId.parse(id))
        .flatMap(seals::verify)
        .map(SealJson::of)
        .orElseThrow(() -> new ItemNotFoundException(AppMessages.SEAL_NOT_FOUND));
  }

  @GET
  @Path("{id}/embargo")
  @Operation(summary = "The time before which the release may not go public, if one is set")
  public EmbargoJson embargo(@PathParam("id") String id) {
    ReleaseDetails release = releases.get(ReleaseId.parse(id));
    return EmbargoJson.of(release, reviews.allowedMoves(release).embargoUntil());
  }

  @PUT
  @Path("{id}/embargo")
  @Operation(
      summary =
          "Set or move the embargo (ISO-8601, at most a year ahead): writers and heads of the"
              + " owning line before approval, a head who had no hand in the text after it. An"
              + " approved release publishes by itself at that time, exactly once")
  public EmbargoJson setEmbargo(@PathParam("id") String id, EmbargoRequest body) {
    Optional<Instant> until =
        Optional.of(Instants.parse(body == null ? null : body.until(), "until"));
    return EmbargoJson.of(reviews.embargo(ReleaseId.parse(id), until), until);
  }

  @DELETE
  @Path("{id}/embargo")
  @Operation(summary = "Lift the embargo; an approved release then publishes at once")
  public EmbargoJson liftEmbargo(@PathParam("id") String id) {
    return EmbargoJson.of(reviews.embargo(ReleaseId.parse(id), Optional.empty()), Optional.empty());
  }

  /** The body of a reclassification. */
  public record ReclassifyRequest(String level, String reason) {}

  @POST
  @Path("{id}/classification")
  @Operation(
      summary =
          "Raise (200, at once) or request lowering (202, needs a second official); reason required to lower")
  public Response reclassify(@PathParam("id") String id, ReclassifyRequest body) {
    if (body == null) {
      throw new InvalidInputException(AppMessages.BODY_EMPTY);
    }
    var outcome =
        classification.reclassify(
            ReleaseId.parse(id),
            ReleaseRequest.named(Classification.class, body.level(), "level"),
            body.reason());
    return Response.status(outcome.applied() ? 200 : 202)
        .entity(ClassificationRequestResource.OutcomeJson.of(outcome))
        .build();
  }

  private static ReleaseRequest required(ReleaseRequest request) {
    if (request == null) {
      throw new InvalidInputException(AppMessages.BODY_EMPTY);
    }
    return request;
  }
}
