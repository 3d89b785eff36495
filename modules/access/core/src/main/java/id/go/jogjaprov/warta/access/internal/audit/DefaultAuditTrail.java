package id.go.jogjaprov.warta.access.internal.audit;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEntry;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditQuery;
import id.go.jogjaprov.warta.access.api.AuditRecord;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.ChainVerification;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.access.internal.AccessMessages;
import id.go.jogjaprov.warta.access.internal.audit.AuditLog.StoredEntry;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes entries in the caller's transaction and asks the sealer for a round once it commits; shows
 * entries to auditors at their item's current level, with details above the auditor's clearance
 * withheld.
 */
@ApplicationScoped
@Transactional
class DefaultAuditTrail implements AuditTrail {

  static final String SYSTEM_ORIGIN = "sistem";
  static final String OFFICIAL_KIND = "official";

  /** How long a committed record may wait for its seal before verification calls it missing. */
  static final Duration SEALING_GRACE = Duration.ofMinutes(1);

  private static final String SEALING_REQUESTED = AuditSealer.class.getName();

  @Inject AuditLog log;
  @Inject AuditSealer sealer;
  @Inject AuditKey key;
  @Inject AuditAnchor anchor;
  @Inject CurrentOfficial currentOfficial;
  @Inject Instance<HttpServletRequest> request;
  @Inject Instance<RecordedReads> recordedReads;

  /**
   * Reverse proxies whose X-Forwarded-For is believed, comma-separated (none unless configured).
   */
  @Inject
  @ConfigProperty(name = "warta.proxy.trusted-addresses")
  Optional<String> trustedProxies;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Inject Clock clock;

  @Override
  public void record(AuditEvent event) {
    recordAll(List.of(event));
  }

  @Override
  public void recordAll(List<AuditEvent> events) {
    List<AuditEvent> unrecorded =
        events.stream()
            .filter(event -> event.action() != AuditAction.READ || firstReadInThisRequest(event))
            .toList();
    if (unrecorded.isEmpty()) {
      return;
    }
    log.append(actor(), origin(), unrecorded);
    sealAfterCommit();
  }

  @Override
  public void recordPrivilegedUse(String credentialFingerprint) {
    Official official = currentOfficial.get();
    if (official.isPrivileged() && log.firstUse(credentialFingerprint, clock.instant())) {
      record(
          new AuditEvent(
              AuditAction.PRIVILEGED_SIGN_IN,
              OFFICIAL_KIND,
              official.username().value(),
              Classification.BIASA,
              official.roles().stream()
                  .map(Role::roleName)
                  .sorted()
                  .collect(Collectors.joining(","))));
    }
  }

  @Override
  public void itemLevelChanged(String itemKind, String itemId, Classification level) {
    log.itemLevelChanged(itemKind, itemId, level);
  }

  @Override
  public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
    Official viewer = requireAuditor(AccessMessages.AUDIT_ACTION_READ);
    return log.search(query, page).map(entry -> visibleTo(viewer, entry));
  }

  @Override
  public Page<AuditEntry> readsOfOwnWork(
      String itemKind, String itemId, Username author, PageRequest page) {
    Official viewer = currentOfficial.get();
    if (!viewer.authenticated() || !viewer.username().equals(author)) {
      return new Page<>(List.of(), 0, page);
    }
    return log.readsOf(itemKind, itemId, page).map(entry -> visibleTo(viewer, entry));
  }

  @Override
  public ChainVerification verify() {
    requireAuditor(AccessMessages.AUDIT_ACTION_VERIFY);
    sealer.sealCommitted();
    var verifier = key.chain().verifier(anchor.read());
    log.walkChain(verifier);
    ChainVerification chain = verifier.result();
    if (!chain.intact()) {
      return chain;
    }
    var unsealed = log.unsealedSince(clock.instant().minus(SEALING_GRACE));
    return unsealed.isPresent()
        ? ChainVerification.brokenAt(
            chain.entriesChecked(),
            chain.entriesChecked() + 1,
            "catatan " + unsealed.getAsLong() + " tidak pernah disegel ke dalam rantai")
        : chain;
  }

  private Official requireAuditor(AccessMessages verb) {
    Official viewer = currentOfficial.get();
    if (!viewer.hasRole(Role.AUDITOR)) {
      throw new NotPermittedException(AccessMessages.AUDITORS_ONLY, verb);
    }
    return viewer;
  }

  private static AuditEntry visibleTo(Official viewer, StoredEntry entry) {
    AuditRecord record = entry.record();
    boolean withheld = !viewer.clearance().permits(entry.visibleLevel());
    return new AuditEntry(
        record.id(),
        entry.position(),
        record.at(),
        record.actor(),
        record.origin(),
        AuditAction.valueOf(record.action()),
        record.itemKind(),
        record.itemId(),
        entry.visibleLevel(),
        withheld ? "" : record.detail(),
        withheld);
  }

  private boolean firstReadInThisRequest(AuditEvent event) {
    try {
      return !recordedReads.isResolvable()
          || recordedReads.get().first(event.itemKind(), event.itemId());
    } catch (ContextNotActiveException noRequest) {
      return true;
    }
  }

  /** One round of sealing once the caller's transaction has committed; none if it rolls back. */
  private void sealAfterCommit() {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE
        || transactions.getResource(SEALING_REQUESTED) != null) {
      return;
    }
    transactions.putResource(SEALING_REQUESTED, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              sealer.requestRound();
            }
          }
        });
  }

  /** The official of the current request; Warta itself ("sistem") for work no request asked for. */
  private String actor() {
    try {
      return currentOfficial.get().username().value();
    } catch (ContextNotActiveException noRequest) {
      return SYSTEM_ORIGIN;
    }
  }

  private String origin() {
    if (!request.isResolvable()) {
      return SYSTEM_ORIGIN;
    }
    try {
      HttpServletRequest current = request.get();
      // Every X-Forwarded-For line, in order: a client may send its own line before the proxy's.
      String forwardedFor =
          String.join(",", java.util.Collections.list(current.getHeaders("X-Forwarded-For")));
      return ClientAddress.of(current.getRemoteAddr(), forwardedFor, trustedProxies());
    } catch (RuntimeException noActiveRequest) {
      return SYSTEM_ORIGIN;
    }
  }

  private Set<String> trustedProxies() {
    return trustedProxies.map(list -> Set.of(list.strip().split("\\s*,\\s*"))).orElse(Set.of());
  }
}
