package id.go.jogjaprov.warta.access.api;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Work a duty does every few seconds on the platform's scheduler, one round at a time per node. A
 * failed round is logged (quietly the first times: expected while the schema is still being
 * migrated at start-up) and the next round tries again.
 */
public final class DutyRound {

  private static final int FAILURES_BEFORE_WARNING = 3;

  private final Duties duties;
  private final Duty duty;
  private final Runnable work;
  private final Logger log;
  private int failuresInARow;

  private DutyRound(Duties duties, Duty duty, Runnable work, Logger log) {
    this.duties = duties;
    this.duty = duty;
    this.work = work;
    this.log = log;
  }

  /** Runs {@code work} as {@code duty} every {@code every} (half a second at least). */
  public static void schedule(Duties duties, Duty duty, Duration every, Runnable work, Logger log)
      throws NamingException {
    // Looked up, not injected: Payara refuses a @Resource of this type in a library jar.
    ManagedScheduledExecutorService scheduler =
        InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
    long millis = Math.max(500, every.toMillis());
    DutyRound round = new DutyRound(duties, duty, work, log);
    scheduler.scheduleWithFixedDelay(round::run, millis, millis, TimeUnit.MILLISECONDS);
  }

  private void run() {
    try {
      duties.perform(
          duty,
          () -> {
            work.run();
            return null;
          });
      failuresInARow = 0;
    } catch (RuntimeException e) {
      failuresInARow++;
      log.log(
          failuresInARow >= FAILURES_BEFORE_WARNING ? Level.WARNING : Level.FINE,
          "A round of {0} failed: {1}",
          new Object[] {duty.name().value(), e.getClass().getName()});
    }
  }
}
