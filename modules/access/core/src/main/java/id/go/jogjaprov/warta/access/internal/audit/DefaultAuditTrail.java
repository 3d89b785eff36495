package id.go.jogjaprov.warta.access.internal.audit;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditChain;
import id.go.jogjaprov.warta.access.api.AuditEntry;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditQuery;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.ChainVerification;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.access.api.SealedAuditEntry;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Seals and appends entries; shows them to auditors with details above their clearance withheld. */
@ApplicationScoped
@Transactional
class DefaultAuditTrail implements AuditTrail {

  static final String SYSTEM_ORIGIN = "sistem";

  @Inject AuditLog log;
  @Inject CurrentOfficial currentOfficial;
  @Inject Instance<HttpServletRequest> request;

  private final Clock clock = Clock.systemUTC();

  @Override
  public void record(AuditEvent event) {
    Official actor = currentOfficial.get();
    var last = log.lockAndReadLast();
    long sequence = last.map(SealedAuditEntry::sequence).orElse(0L) + 1;
    String previous = last.map(SealedAuditEntry::entryHash).orElse(AuditChain.GENESIS);
    SealedAuditEntry unsealed =
        new SealedAuditEntry(
            sequence,
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            actor.username().value(),
            origin(),
            event.action().name(),
            nullToEmpty(event.itemKind()),
            nullToEmpty(event.itemId()),
            event.level().level(),
            event.detail(),
            previous,
            "");
    log.append(
        new SealedAuditEntry(
            unsealed.sequence(), unsealed.at(), unsealed.actor(), unsealed.origin(), unsealed.action(),
            unsealed.itemKind(), unsealed.itemId(), unsealed.level(), unsealed.detail(), previous,
            unsealed.expectedSeal(previous)));
  }

  @Override
  public List<AuditEntry> search(AuditQuery query) {
    Official viewer = currentOfficial.get();
    if (!viewer.hasRole(Role.AUDITOR)) {
      throw new NotPermittedException("Hanya auditor yang dapat membaca jejak audit.");
    }
    return log.search(query).stream().map(entry -> visibleTo(viewer, entry)).toList();
  }

  @Override
  public List<AuditEntry> readsOf(String itemKind, String itemId) {
    Official viewer = currentOfficial.get();
    return log.search(AuditQuery.forItem(itemId)).stream()
        .filter(entry -> entry.itemKind().equals(itemKind) && entry.action().equals(AuditAction.READ.name()))
        .map(entry -> visibleTo(viewer, entry))
        .toList();
  }

  @Override
  public ChainVerification verify() {
    if (!currentOfficial.get().hasRole(Role.AUDITOR)) {
      throw new NotPermittedException("Hanya auditor yang dapat memeriksa jejak audit.");
    }
    AuditChain.Verifier verifier = new AuditChain.Verifier();
    log.walk(verifier);
    return verifier.result();
  }

  private static AuditEntry visibleTo(Official viewer, SealedAuditEntry entry) {
    Classification level = Classification.ofLevel(entry.level());
    boolean withheld = !viewer.clearance().permits(level);
    return new AuditEntry(
        entry.sequence(), entry.at(), entry.actor(), entry.origin(), AuditAction.valueOf(entry.action()),
        entry.itemKind(), entry.itemId(), level, withheld ? "" : entry.detail(), withheld);
  }

  private String origin() {
    if (!request.isResolvable()) {
      return SYSTEM_ORIGIN;
    }
    try {
      return request.get().getRemoteAddr();
    } catch (RuntimeException noActiveRequest) {
      return SYSTEM_ORIGIN;
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
