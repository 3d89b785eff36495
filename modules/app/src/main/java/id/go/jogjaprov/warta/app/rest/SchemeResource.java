package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.content.api.LabelSchemes;
import id.go.jogjaprov.warta.content.api.RetentionRule;
import id.go.jogjaprov.warta.content.api.SubjectCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The office's label schemes, for clients that label releases. */
@Path("schemes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class SchemeResource {

  @Inject LabelSchemes schemes;

  /** Both schemes on the wire. */
  public record SchemesJson(List<SubjectCode> subjectCodes, List<RetentionRule> retentionRules) {}

  @GET
  @Operation(
      summary =
          "The subject classification codes and the retention schedule (JRA) releases are labelled"
              + " from")
  public SchemesJson schemes() {
    return new SchemesJson(schemes.subjectCodes(), schemes.retentionRules());
  }
}
