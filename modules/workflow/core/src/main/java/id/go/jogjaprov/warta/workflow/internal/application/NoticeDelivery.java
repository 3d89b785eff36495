package id.go.jogjaprov.warta.workflow.internal.application;

import id.go.jogjaprov.warta.access.api.Duties;
import id.go.jogjaprov.warta.access.api.DutyRound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks for undelivered notices every few seconds ({@code warta.notices.check-every}, 5 seconds)
 * and delivers each in a transaction of its own, as the notifier duty.
 */
@ApplicationScoped
class NoticeDelivery {

  private static final Logger LOG = Logger.getLogger(NoticeDelivery.class.getName());

  /** Notices delivered in one round at most; the rest wait for the next. */
  static final int ROUND = 100;

  @Inject Duties duties;
  @Inject NoticeCourier courier;

  @Inject
  @ConfigProperty(name = "warta.notices.check-every", defaultValue = "PT5S")
  Duration every;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started)
      throws NamingException {
    DutyRound.schedule(
        duties,
        ReviewNotices.NOTIFIER,
        every,
        () -> courier.waiting(ROUND).forEach(this::deliver),
        LOG);
  }

  private void deliver(UUID notice) {
    try {
      courier.deliver(notice);
    } catch (RuntimeException e) {
      // Keycloak or the mail server away: the notice waits for the next round.
      LOG.log(
          Level.WARNING,
          "Notice {0} not delivered yet: {1}",
          new Object[] {notice, e.getClass().getName()});
    }
  }
}
