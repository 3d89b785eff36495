package id.go.jogjaprov.warta.content.internal.application;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.content.api.ClassificationService;
import id.go.jogjaprov.warta.content.api.ReclassificationOutcome;
import id.go.jogjaprov.warta.content.api.ReclassificationRequest;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseReclassified;
import id.go.jogjaprov.warta.content.internal.ContentMessages;
import id.go.jogjaprov.warta.content.internal.domain.Reclassification;
import id.go.jogjaprov.warta.content.internal.domain.Reclassifications;
import id.go.jogjaprov.warta.content.internal.domain.Release;
import id.go.jogjaprov.warta.content.internal.domain.ReleaseRepository;
import id.go.jogjaprov.warta.content.internal.domain.RevisionTexts;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.PlainText;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Raising at once, lowering by two officials; every change in the audit trail. */
@ApplicationScoped
@Transactional
class DefaultClassificationService implements ClassificationService {

  @Inject ReleaseRepository releases;
  @Inject RevisionTexts texts;
  @Inject Reclassifications requests;
  @Inject CurrentOfficial currentOfficial;
  @Inject AuditTrail audit;
  @Inject Event<ReleaseReclassified> reclassified;

  @Inject Clock clock;

  @Override
  public ReclassificationOutcome reclassify(ReleaseId id, Classification level, String reason) {
    if (level == null) {
      throw new InvalidInputException("level", ContentMessages.LEVEL_REQUIRED);
    }
    Release release = releases.require(id);
    Official official = requireClassifierOf(release);
    Classification current = release.classification();
    if (level == current) {
      throw new RuleViolationException(ContentMessages.RELEASE_ALREADY_CLASSIFIED, level.label());
    }
    if (level.level() > current.level()) {
      if (!official.mayClassify(level)) {
        throw new NotPermittedException(
            ContentMessages.CANNOT_CLASSIFY_ABOVE_CLEARANCE, official.clearance().label());
      }
      apply(
          release,
          level,
          Optional.ofNullable(
                  PlainText.optional(
                      reason, "reason", ContentMessages.FIELD_REASON, Reclassification.REASON_MAX))
              .orElse(""));
      return new ReclassificationOutcome(release.details(), Optional.empty());
    }
    Reclassification request =
        Reclassification.lowering(release, level, reason, official.username(), clock.instant());
    requests.add(request);
    record(
        release,
        current,
        "DIMINTA " + current.name() + "→" + level.name() + ": " + request.reason());
    return new ReclassificationOutcome(release.details(), Optional.of(request.view()));
  }

  @Override
  public ReleaseDetails approve(UUID requestId) {
    Reclassification request =
        requests
            .find(requestId)
            .orElseThrow(
                () ->
                    new ItemNotFoundException(
                        ContentMessages.RECLASSIFICATION_REQUEST_NOT_FOUND, requestId));
    Release release = releases.require(request.releaseId());
    requireClassifierOf(release);
    if (release.classification() != request.from()) {
      throw new RuleViolationException(ContentMessages.CLASSIFICATION_CHANGED_SINCE_REQUEST);
    }
    request.approve(currentOfficial.get().username(), clock.instant());
    apply(release, request.to(), request.reason());
    return release.details();
  }

  @Override
  public boolean mayReclassify(ReleaseDetails release) {
    return isClassifier(currentOfficial.get(), release.unit(), release.classification());
  }

  @Override
  public Page<ReclassificationRequest> awaitingMyApproval(PageRequest page) {
    Page<ReclassificationRequest> shown =
        requests.pendingNotBy(currentOfficial.get().username(), page).map(Reclassification::view);
    // A lowering's reason speaks of its release: showing it is a read of the release.
    audit.recordAll(
        shown.items().stream()
            .map(
                request ->
                    new AuditEvent(
                        AuditAction.READ,
                        DefaultReleaseService.AUDIT_KIND,
                        request.releaseId().toString(),
                        request.from(),
                        "alasan permintaan penurunan klasifikasi"))
            .toList());
    return shown;
  }

  private void apply(Release release, Classification level, String reason) {
    Classification from = release.classification();
    // Requests still pending were made about the old level; none may be approved later.
    requests.pendingFor(release.id()).forEach(Reclassification::cancel);
    release.reclassify(level, clock.instant());
    releases.store(release);
    // Kept texts follow a raise all together; a lowering reaches only the current text, the one
    // the second official looked at: earlier texts keep the level they were saved or raised at.
    if (level.level() > from.level()) {
      texts.raiseTo(release.id(), level);
    } else {
      texts.lower(release.id(), release.revision(), level);
    }
    audit.itemLevelChanged(DefaultReleaseService.AUDIT_KIND, release.id().toString(), level);
    Classification higher = from.level() > level.level() ? from : level;
    record(
        release,
        higher,
        from.name() + "→" + level.name() + (reason.isEmpty() ? "" : ": " + reason));
    reclassified.fire(
        new ReleaseReclassified(release.id(), from, level, release.isPubliclyReadable()));
  }

  /** Recorded at the higher of the two levels: the reason may speak of the higher material. */
  private void record(Release release, Classification level, String detail) {
    audit.record(
        new AuditEvent(
            AuditAction.CLASSIFICATION_CHANGE,
            DefaultReleaseService.AUDIT_KIND,
            release.id().toString(),
            level,
            detail));
  }

  /** Heads and writers of the owning unit's line, cleared for the current level, classify. */
  private Official requireClassifierOf(Release release) {
    Official official = currentOfficial.get();
    if (!isClassifier(official, release.unit(), release.classification())) {
      throw new NotPermittedException(ContentMessages.NOT_PERMITTED_TO_RECLASSIFY);
    }
    return official;
  }

  private static boolean isClassifier(Official official, UnitPath unit, Classification current) {
    return (official.writes() || official.reviews())
        && official.belongsAbove(unit)
        && official.mayClassify(current);
  }
}
