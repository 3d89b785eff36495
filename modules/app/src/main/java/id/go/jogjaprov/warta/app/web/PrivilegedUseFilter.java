package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Records in the audit trail when a privileged official (administrator, auditor, agency head)
 * begins with a credential: once per browser session, and once per bearer token on the API. The
 * trail keeps a fingerprint of the credential, never the credential.
 */
@WebFilter(urlPatterns = {"/app/*", "/api/*"})
public class PrivilegedUseFilter extends HttpFilter {

  private static final String RECORDED = PrivilegedUseFilter.class.getName() + ".recorded";
  private static final String BEARER = "Bearer ";

  @Inject CurrentOfficial currentOfficial;
  @Inject AuditTrail audit;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null && currentOfficial.get().isPrivileged()) {
      String authorization = request.getHeader("Authorization");
      if (authorization != null && authorization.startsWith(BEARER)) {
        audit.recordPrivilegedUse(
            fingerprint("token:" + authorization.substring(BEARER.length()).strip()));
      } else {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(RECORDED) == null) {
          audit.recordPrivilegedUse(fingerprint("session:" + session.getId()));
          session.setAttribute(RECORDED, Boolean.TRUE);
        }
      }
    }
    chain.doFilter(request, response);
  }

  private static String fingerprint(String credential) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(credential.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
