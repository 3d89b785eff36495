package id.go.jogjaprov.warta.access.internal.audit;

import id.go.jogjaprov.warta.access.internal.concurrent.PlatformScheduler;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;

/**
 * Seals committed audit records into the chain, away from the requests that wrote them: a round
 * runs shortly after every transaction that recorded something commits, and every two seconds in
 * any case (for records written on other nodes, or a round that failed). Rounds on this node run
 * one at a time; across nodes the database lets one sealer in at a time.
 */
@ApplicationScoped
class AuditSealer {

  private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());
  static final int BATCH = 1000;
  private static final long SWEEP_SECONDS = 2;

  /** How long a round waits for more commits to seal with it: fewer, larger rounds under load. */
  private static final long SOON_MILLIS = 200;

  private ManagedScheduledExecutorService scheduler;
  @Inject AuditLog log;
  @Inject AuditKey key;
  @Inject AuditAnchor anchor;

  /** Failed rounds in a row are expected while the schema is still being migrated at start-up. */
  private static final int FAILURES_BEFORE_WARNING = 3;

  private final AtomicBoolean roundPending = new AtomicBoolean();
  private final AtomicInteger failuresInARow = new AtomicInteger();

  void start(@Observes @Initialized(ApplicationScoped.class) Object started)
      throws NamingException {
    key.chain();
    scheduler = PlatformScheduler.lookup();
    scheduler.scheduleWithFixedDelay(
        this::sealSafely, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
  }

  /** Asks for a round soon; many requests in a short time make one round. */
  void requestRound() {
    if (roundPending.compareAndSet(false, true)) {
      scheduler.schedule(
          () -> {
            roundPending.set(false);
            sealSafely();
          },
          SOON_MILLIS,
          TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Seals everything committed so far; what another node is sealing right now is left to it. Runs
   * outside any caller's transaction: a round commits on its own.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  synchronized void sealCommitted() {
    while (true) {
      var round = log.sealCommitted(key.chain(), BATCH);
      if (round.isEmpty()) {
        return;
      }
      round.get().head().ifPresent(anchor::advance);
      if (round.get().sealed() < BATCH) {
        return;
      }
    }
  }

  private void sealSafely() {
    try {
      sealCommitted();
      failuresInARow.set(0);
    } catch (RuntimeException e) {
      // The next round retries; records stay safe, unsealed, in the meantime.
      Level level =
          failuresInARow.incrementAndGet() >= FAILURES_BEFORE_WARNING ? Level.WARNING : Level.FINE;
      LOG.log(level, "Audit sealing round failed: {0}", e.getClass().getName());
    }
  }
}
