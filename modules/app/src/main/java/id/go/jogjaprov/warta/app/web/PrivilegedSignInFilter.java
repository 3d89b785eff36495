package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.kernel.Classification;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Records in the audit trail when an official with a privileged role (administrator, auditor,
 * agency head) starts a browser session, once per session.
 */
@WebFilter(urlPatterns = "/app/*")
public class PrivilegedSignInFilter extends HttpFilter {

  private static final String RECORDED = PrivilegedSignInFilter.class.getName() + ".recorded";

  @Inject CurrentOfficial currentOfficial;
  @Inject AuditTrail audit;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var session = request.getSession(false);
    if (request.getUserPrincipal() != null && session != null && session.getAttribute(RECORDED) == null) {
      session.setAttribute(RECORDED, Boolean.TRUE);
      Official official = currentOfficial.get();
      if (official.hasRole(Role.ADMIN) || official.hasRole(Role.AUDITOR) || official.hasRole(Role.AGENCY_HEAD)) {
        audit.record(new AuditEvent(AuditAction.PRIVILEGED_SIGN_IN, "official", official.username().value(),
            Classification.BIASA, String.join(",", official.roles().stream().map(Role::roleName).sorted().toList())));
      }
    }
    chain.doFilter(request, response);
  }
}
