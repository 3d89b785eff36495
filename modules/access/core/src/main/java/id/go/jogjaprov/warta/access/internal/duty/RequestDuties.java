package id.go.jogjaprov.warta.access.internal.duty;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Duties;
import id.go.jogjaprov.warta.access.api.Duty;
import id.go.jogjaprov.warta.access.api.ItemGrant;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.internal.AccessMessages;
import id.go.jogjaprov.warta.access.internal.grant.GrantLog;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Duties act in request contexts opened for them, so that the one request-scoped answer to "who is
 * calling" ({@link CurrentOfficial}) is the duty's, and the read rule binds its scope like anyone
 * else's.
 */
@ApplicationScoped
class RequestDuties implements Duties {

  @Inject GrantLog grants;
  @Inject CurrentOfficial currentOfficial;
  @Inject AuditTrail audit;
  @Inject Instance<RequestContextController> requestContexts;
  @Inject Instance<ActingDuty> acting;
  @Inject Clock clock;

  @Override
  @Transactional
  public void entrust(
      Duty duty, String itemKind, UUID itemId, Classification level, Instant until) {
    Official official = currentOfficial.get();
    if (!official.mayClassify(level)) {
      throw new NotPermittedException(AccessMessages.SHARE_UP_TO_OWN_CLEARANCE);
    }
    grants.add(
        new ItemGrant(itemKind, itemId, level, duty.name(), duty.purpose(), until),
        duty.official().account(),
        duty.purpose(),
        official.username(),
        clock.instant());
    audit.record(
        new AuditEvent(
            AuditAction.GRANT,
            itemKind,
            itemId.toString(),
            level,
            "kepada " + duty.name().value() + " sampai " + until + ": " + duty.purpose()));
  }

  /**
   * Payara gives tasks of its managed executors a request context of their own, and an official's
   * request has one; elsewhere one is opened here. Either way the duty is cleared when the work
   * ends, and whoever acted before (an official, or another duty) acts again.
   */
  @Override
  public <T> T perform(Duty duty, Supplier<T> work) {
    RequestContextController context = requestContexts.get();
    boolean opened = context.activate();
    try {
      ActingDuty actor = acting.get();
      Duty before = actor.get().orElse(null);
      actor.actAs(duty);
      try {
        return work.get();
      } finally {
        actor.actAs(before);
      }
    } finally {
      if (opened) {
        context.deactivate();
      }
      requestContexts.destroy(context);
    }
  }
}
