package id.go.jogjaprov.warta.workflow.internal.application;

import id.go.jogjaprov.warta.access.api.Duties;
import id.go.jogjaprov.warta.access.api.Duty;
import id.go.jogjaprov.warta.access.api.DutyRound;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes approved releases when their embargo lifts. The schedule is the database itself (each
 * review's embargo), looked at every few seconds ({@code warta.publication.check-every}, 10 seconds
 * unless set), so nothing is lost when Payara stops: a release whose time passed while no node ran
 * goes out at the next start. Every node looks; the review's row lock lets exactly one publish.
 */
@ApplicationScoped
class ScheduledPublication {

  private static final Logger LOG = Logger.getLogger(ScheduledPublication.class.getName());

  /** The duty approving heads entrust embargoed releases to. */
  static final Duty PUBLISHER =
      new Duty(
          new Username("warta (terbit terjadwal)"),
          "scheduled-publication",
          "menerbitkan rilis yang disetujui saat embargonya berakhir");

  @Inject Duties duties;
  @Inject DefaultReviewService review;

  @Inject
  @ConfigProperty(name = "warta.publication.check-every", defaultValue = "PT10S")
  Duration every;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started)
      throws NamingException {
    DutyRound.schedule(
        duties, PUBLISHER, every, () -> review.embargoesLifted().forEach(this::publish), LOG);
  }

  private void publish(ReleaseId id) {
    try {
      if (review.publishIfEmbargoLifted(id)) {
        LOG.info(() -> "Published when its embargo lifted: release " + id);
      }
    } catch (RuntimeException e) {
      // Its text, or a file name, may be classified: the log names only the release.
      LOG.log(
          Level.WARNING,
          "Release {0} could not be published when its embargo lifted: {1}",
          new Object[] {id, e.getClass().getName()});
    }
  }
}
