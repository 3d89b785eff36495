package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.access.api.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API under {@code /api}, for integrations and scripts. Callers present a Keycloak access
 * token (MicroProfile JWT, issuer and audience checked). Must be application scoped, or Payara
 * ignores the login configuration.
 */
@ApplicationScoped
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({
  Roles.STAFF,
  Roles.DEPARTMENT_HEAD,
  Roles.AGENCY_HEAD,
  Roles.ARCHIVIST,
  Roles.ADMIN,
  Roles.AUDITOR
})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Warta API",
            version = "1",
            description =
                "Releases, approval and archives of the Humas office of Pemda DIY. Errors are RFC 9457"
                    + " problem details. Items the caller may not see answer 404, like missing ones."))
@SecurityScheme(
    securitySchemeName = "keycloak",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class WartaApi extends Application {}
