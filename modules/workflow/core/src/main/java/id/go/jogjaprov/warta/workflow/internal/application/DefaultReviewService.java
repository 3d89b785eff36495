package id.go.jogjaprov.warta.workflow.internal.application;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseFilter;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseLifecycle;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.content.api.ReleaseSummary;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.workflow.api.DecisionRecord;
import id.go.jogjaprov.warta.workflow.api.ReleaseApproved;
import id.go.jogjaprov.warta.workflow.api.ReviewDecision;
import id.go.jogjaprov.warta.workflow.api.ReviewService;
import id.go.jogjaprov.warta.workflow.internal.WorkflowMessages;
import id.go.jogjaprov.warta.workflow.internal.domain.DecisionEntry;
import id.go.jogjaprov.warta.workflow.internal.domain.DecisionLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Decides who may review and records each decision with the release's move. */
@ApplicationScoped
@Transactional
class DefaultReviewService implements ReviewService {

  @Inject ReleaseService releases;
  @Inject ReleaseLifecycle lifecycle;
  @Inject DecisionLog decisions;
  @Inject CurrentOfficial currentOfficial;
  @Inject Event<ReleaseApproved> approved;
  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Override
  public ReleaseDetails submit(ReleaseId id) {
    return lifecycle.submitForReview(id);
  }

  @Override
  public ReleaseDetails decide(ReleaseId id, ReviewDecision decision, String comment) {
    if (decision == null) {
      throw new InvalidInputException("decision", WorkflowMessages.DECISION_REQUIRED);
    }
    Official reviewer = currentOfficial.get();
    ReleaseDetails release = releases.get(id);
    if (!isHeadOf(reviewer, release)) {
      throw new NotPermittedException(WorkflowMessages.OWNING_UNIT_HEAD_ONLY);
    }
    if (decision != ReviewDecision.APPROVE && (comment == null || comment.isBlank())) {
      throw new InvalidInputException("comment", WorkflowMessages.REASON_REQUIRED_UNLESS_APPROVING);
    }
    ReleaseDetails decided =
        switch (decision) {
          case APPROVE -> lifecycle.approve(id);
          case REQUEST_CHANGES -> lifecycle.requestChanges(id);
          case REJECT -> lifecycle.reject(id);
        };
    decisions.add(
        new DecisionEntry(decided, decision, comment, reviewer.username(), clock.instant()));
    audit.record(
        new AuditEvent(
            AuditAction.DECISION,
            "release",
            id.toString(),
            decided.classification(),
            decision.name()));
    if (decision == ReviewDecision.APPROVE) {
      approved.fire(new ReleaseApproved(id, reviewer.username()));
      return releases.get(id);
    }
    return decided;
  }

  /** Heads of the owning unit's line decide, where the release's own four-eyes rule lets them. */
  @Override
  public boolean mayDecide(ReleaseDetails release) {
    return isHeadOf(currentOfficial.get(), release) && lifecycle.mayDecide(release.id());
  }

  @Override
  public Page<ReleaseSummary> awaitingMyDecision(PageRequest page) {
    Official reviewer = currentOfficial.get();
    if (!reviewer.reviews()) {
      return new Page<>(List.of(), 0, page);
    }
    return releases.list(
        ReleaseFilter.inStatus(ReleaseStatus.IN_REVIEW)
            .within(reviewer.units())
            .withoutRevisionsSinceApprovalBy(reviewer.username()),
        page);
  }

  /** Heads decide on their own unit's releases and those of units below it. */
  private static boolean isHeadOf(Official official, ReleaseDetails release) {
    return official.reviews() && official.belongsAbove(release.unit());
  }

  @Override
  public List<DecisionRecord> decisionsOn(ReleaseId id) {
    // Decision comments speak of the release: showing them is a read of it.
    releases.open(id);
    return decisions.on(id).stream().map(DecisionEntry::record).toList();
  }
}
