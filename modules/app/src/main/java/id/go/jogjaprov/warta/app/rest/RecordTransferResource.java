package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.archives.api.RecordTransfers;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Transfer packages of permanent records for the regional archives (BagIt with Dublin Core). */
@Path("archive/transfers")
@RequestScoped
@SecurityRequirement(name = "keycloak")
public class RecordTransferResource {

  @Inject RecordTransfers transfers;

  /** The agency (a unit path) and the records' ids. */
  public record TransferRequest(String agency, List<String> records) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({"application/zip", MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "An archivist packs Biasa records of one agency that are due for transfer (permanen"
              + " under their JRA row) as a BagIt bag in a ZIP: each record as PDF, text and Dublin"
              + " Core, with SHA-256 manifests; each transfer is in the audit trail under the"
              + " package's id (bag-info External-Identifier)")
  public Response pack(TransferRequest body) {
    if (body == null) {
      throw new InvalidInputException(AppMessages.BODY_EMPTY);
    }
    if (body.agency() == null || body.agency().isBlank()) {
      throw new InvalidInputException("agency", AppMessages.AGENCY_REQUIRED);
    }
    return ArchiveResource.download(
        transfers.pack(
            UnitPath.of(body.agency()), DestructionListResource.recordIds(body.records())));
  }
}
