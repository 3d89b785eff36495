package id.go.jogjaprov.warta.access.internal.grant;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.GrantService;
import id.go.jogjaprov.warta.access.api.ItemGrant;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

@ApplicationScoped
@Transactional
class DefaultGrantService implements GrantService {

  static final int REASON_MAX = 1000;

  @Inject GrantLog grants;
  @Inject CurrentOfficial currentOfficial;
  @Inject AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  @Override
  public void grant(ItemGrant grant) {
    Official granter = currentOfficial.get();
    if (!granter.mayClassify(grant.level())) {
      throw new NotPermittedException("Anda hanya dapat berbagi butir setingkat izin akses Anda.");
    }
    String reason = grant.reason() == null ? "" : grant.reason().strip();
    if (reason.isEmpty() || reason.length() > REASON_MAX) {
      throw new InvalidInputException("Alasan wajib diisi (paling banyak " + REASON_MAX + " karakter).");
    }
    if (grant.grantee().equals(granter.username())) {
      throw new InvalidInputException("Anda tidak perlu berbagi dengan diri sendiri.");
    }
    Instant now = clock.instant();
    if (grant.until() == null || !grant.until().isAfter(now) || grant.until().isAfter(now.plus(LONGEST))) {
      throw new InvalidInputException("Batas waktu harus di masa depan dan paling lama satu tahun.");
    }
    grants.add(grant, reason, granter.username(), now);
    audit.record(new AuditEvent(AuditAction.GRANT, grant.itemKind(), grant.itemId().toString(), grant.level(),
        "kepada " + grant.grantee().value() + " sampai " + grant.until() + ": " + reason));
  }
}
