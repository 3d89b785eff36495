package id.go.jogjaprov.warta.workflow.internal.application;

import id.go.jogjaprov.warta.content.api.ReleaseReclassified;
import id.go.jogjaprov.warta.workflow.internal.domain.DecisionLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Keeps a release's decision trail at the release's classification, in the reclassifying
 * transaction: a raised release's comments must not stay readable at the old level.
 */
@ApplicationScoped
class DecisionsFollowClassification {

  @Inject DecisionLog decisions;

  void follow(@Observes ReleaseReclassified event) {
    decisions.on(event.releaseId()).forEach(entry -> entry.followClassification(event.to()));
  }
}
