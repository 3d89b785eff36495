package id.go.jogjaprov.warta.access.internal.audit;

import id.go.jogjaprov.warta.access.api.AuditChain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that seals the audit trail, from configuration ({@code warta.audit.key}, at least 32
 * bytes, no default anywhere). It lives outside the database on purpose: whoever can write to the
 * database but does not hold the key cannot reseal an entry they changed. One key at a time:
 * entries sealed under an earlier key are reported as such, so a rotation needs the old key kept
 * for verification (not built yet).
 */
@ApplicationScoped
class AuditKey {

  @Inject
  @ConfigProperty(name = "warta.audit.key")
  String key;

  private AuditChain chain;

  synchronized AuditChain chain() {
    if (chain == null) {
      chain = AuditChain.keyedWith(key);
    }
    return chain;
  }
}
