package id.go.jogjaprov.warta.workflow.internal.application;

import id.go.jogjaprov.warta.content.api.ReleaseLifecycle;
import id.go.jogjaprov.warta.workflow.api.ReleaseApproved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Publishes a release as soon as it is approved, in the approving transaction: either both happen
 * or neither. Embargoed publication will hook in here.
 */
@ApplicationScoped
class PublishOnApproval {

  @Inject ReleaseLifecycle lifecycle;

  void publish(@Observes ReleaseApproved event) {
    lifecycle.publish(event.releaseId());
  }
}
