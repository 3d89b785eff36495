package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.workflow.api.SealService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Approval seals for anyone: whether a release was approved as it reads now, and the key that signs
 * seals. A seal of a release the caller may not read answers 404, like an unknown one.
 */
@Path("public/seals")
@RequestScoped
public class PublicSealResource {

  @Inject SealService seals;

  @GET
  @Path("key")
  @Produces("application/x-pem-file")
  @Operation(summary = "Warta's public key for approval seals (Ed25519, PEM)")
  public String key() {
    return seals.publicKeyPem();
  }

  @GET
  @Path("{seal}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Verify an approval seal: who approved which text when, whether Warta signed it, and"
              + " whether the release's text is still the approved text")
  public SealJson verify(@PathParam("seal") String seal) {
    return seals
        .verify(seal)
        .map(SealJson::of)
        .orElseThrow(() -> new ItemNotFoundException(AppMessages.SEAL_NOT_FOUND));
  }
}
