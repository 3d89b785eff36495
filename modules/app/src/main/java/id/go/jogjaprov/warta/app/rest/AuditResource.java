package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEntry;
import id.go.jogjaprov.warta.access.api.AuditQuery;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.ChainVerification;
import id.go.jogjaprov.warta.kernel.Username;
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
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The audit trail for auditors: filter, export, verify. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class AuditResource {

  @Inject AuditTrail trail;
  @Context UriInfo uriInfo;

  /**
   * One entry on the wire: {@code id} is the record's number, {@code sequence} its place in the
   * sealed chain (null for the second or two before it is sealed); {@code detail} is empty and
   * {@code detailWithheld} true above the caller's clearance.
   */
  public record EntryJson(
      long id,
      Long sequence,
      Instant at,
      String actor,
      String origin,
      String action,
      String itemKind,
      String itemId,
      String classification,
      String detail,
      boolean detailWithheld) {

    static EntryJson of(AuditEntry entry) {
      return new EntryJson(
          entry.id(),
          entry.sequence().isPresent() ? entry.sequence().getAsLong() : null,
          entry.at(),
          entry.actor(),
          entry.origin(),
          entry.action().name(),
          entry.itemKind(),
          entry.itemId(),
          entry.level().name(),
          entry.detail(),
          entry.detailWithheld());
    }
  }

  /** The chain check: where it breaks, if it does, and what is wrong there. */
  public record VerificationJson(
      boolean intact, long entriesChecked, Long firstBrokenSequence, String problem) {

    static VerificationJson of(ChainVerification verification) {
      return new VerificationJson(
          verification.intact(),
          verification.entriesChecked(),
          verification.firstBrokenSequence().isPresent()
              ? verification.firstBrokenSequence().getAsLong()
              : null,
          verification.problem());
    }
  }

  @GET
  @Operation(
      summary =
          "A page of audit entries, newest first; filter by actor, action, item and time (ISO-8601)")
  public Response search(
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("item") String item,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @BeanParam PageParams page) {
    var query =
        new AuditQuery(
            Optional.ofNullable(actor).filter(a -> !a.isBlank()).map(Username::new),
            Optional.ofNullable(action)
                .filter(a -> !a.isBlank())
                .map(a -> ReleaseRequest.named(AuditAction.class, a, "action")),
            Optional.ofNullable(item).filter(i -> !i.isBlank()),
            Instants.optional(from, "from"),
            Instants.optional(to, "to"));
    return PageJson.of(trail.search(query, page.request()), EntryJson::of, uriInfo);
  }

  @GET
  @Path("verify")
  @Operation(
      summary =
          "Check the keyed chain of the whole trail against its anchored head; reports the first broken entry")
  public VerificationJson verify() {
    return VerificationJson.of(trail.verify());
  }
}
