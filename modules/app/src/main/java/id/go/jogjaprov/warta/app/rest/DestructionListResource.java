package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.archives.api.DestructionListDetails;
import id.go.jogjaprov.warta.archives.api.RecordKeeping;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Destruction lists (daftar arsip usul musnah): proposed by an archivist, decided by the agency's
 * head, carried out on approval, documented by minutes; records under legal hold are never
 * destroyed.
 */
@Path("archive/destruction-lists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class DestructionListResource {

  @Inject RecordKeeping keeping;
  @Context UriInfo uriInfo;

  /** A proposal: the agency (a unit path), the records' ids, a note. */
  public record ProposalRequest(String agency, List<String> records, String note) {}

  public record DestructionListJson(
      String id,
      String number,
      String agency,
      String classification,
      String status,
      String note,
      String proposedBy,
      Instant proposedAt,
      String decidedBy,
      Instant decidedAt,
      List<EntryJson> records) {

    static DestructionListJson of(DestructionListDetails list) {
      return new DestructionListJson(
          list.id().toString(),
          list.number(),
          list.agency().value(),
          list.level().name(),
          list.status().name(),
          list.note(),
          list.proposedBy().value(),
          list.proposedAt(),
          list.decidedBy().map(u -> u.value()).orElse(null),
          list.decidedAt().orElse(null),
          list.entries().stream().map(EntryJson::of).toList());
    }
  }

  /** A record on a list; outcome PROPOSED, DESTROYED, REFUSED_LEGAL_HOLD or KEPT. */
  public record EntryJson(
      String recordId,
      String recordNumber,
      String title,
      String classification,
      String unit,
      Instant publishedAt,
      String retentionCode,
      String outcome) {

    static EntryJson of(DestructionListDetails.Entry entry) {
      return new EntryJson(
          entry.recordId().toString(),
          entry.recordNumber(),
          entry.title(),
          entry.classification().name(),
          entry.unit().value(),
          entry.publishedAt(),
          entry.retentionCode(),
          entry.outcome().name());
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "An archivist proposes records of one agency that are due for destruction under their"
              + " JRA row; records under legal hold stay and are marked refused")
  public Response propose(ProposalRequest body) {
    if (body == null) {
      throw new InvalidInputException(AppMessages.BODY_EMPTY);
    }
    if (body.agency() == null || body.agency().isBlank()) {
      throw new InvalidInputException("agency", AppMessages.AGENCY_REQUIRED);
    }
    DestructionListDetails list =
        keeping.propose(UnitPath.of(body.agency()), recordIds(body.records()), body.note());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(list.id().toString()).build())
        .entity(DestructionListJson.of(list))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A destruction list and what became of each record on it")
  public DestructionListJson list(@PathParam("id") String id) {
    return DestructionListJson.of(keeping.list(parseListId(id)));
  }

  @POST
  @Path("{id}/approve")
  @Operation(
      summary =
          "The agency's head approves a list they did not propose: its records are destroyed at"
              + " once (a tombstone remains), except any under legal hold")
  public DestructionListJson approve(@PathParam("id") String id) {
    return DestructionListJson.of(keeping.approve(parseListId(id)));
  }

  @POST
  @Path("{id}/reject")
  @Operation(summary = "The agency's head turns a list down; nothing is destroyed")
  public DestructionListJson reject(@PathParam("id") String id) {
    return DestructionListJson.of(keeping.reject(parseListId(id)));
  }

  @GET
  @Path("{id}/minutes.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The minutes of an approved list (berita acara pemusnahan) as a PDF")
  public Response minutes(@PathParam("id") String id) {
    return ArchiveResource.download(keeping.minutes(parseListId(id)));
  }

  static List<UUID> recordIds(List<String> ids) {
    if (ids == null || ids.isEmpty()) {
      throw new InvalidInputException("records", AppMessages.RECORD_IDS_REQUIRED);
    }
    try {
      return ids.stream().map(UUID::fromString).toList();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInputException("records", AppMessages.RECORD_IDS_REQUIRED);
    }
  }

  private static UUID parseListId(String id) {
    return Ids.parse(id, AppMessages.DESTRUCTION_LIST_NOT_FOUND);
  }
}
