package id.go.jogjaprov.warta.content.internal.application;

import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.content.api.EditingNow;
import id.go.jogjaprov.warta.content.api.ReleaseDraft;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.WorkingCopy;
import id.go.jogjaprov.warta.content.api.WorkingCopyService;
import id.go.jogjaprov.warta.content.internal.ContentMessages;
import id.go.jogjaprov.warta.content.internal.domain.Autosave;
import id.go.jogjaprov.warta.content.internal.domain.Autosaves;
import id.go.jogjaprov.warta.content.internal.domain.Release;
import id.go.jogjaprov.warta.content.internal.domain.ReleaseRepository;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Working copies of the current official: only what they could save, only for them. */
@ApplicationScoped
@Transactional
class DefaultWorkingCopyService implements WorkingCopyService {

  /** How long after its last autosave an open editor still counts as someone editing. */
  static final Duration ACTIVE = Duration.ofMinutes(2);

  @Inject Autosaves autosaves;
  @Inject ReleaseRepository releases;
  @Inject CurrentOfficial currentOfficial;
  @Inject Clock clock;

  @Override
  public void autosave(
      Optional<ReleaseId> release, ReleaseDraft draft, Optional<Long> basedOnVersion) {
    Official official = currentOfficial.get();
    if (!official.writes()) {
      throw new NotPermittedException(ContentMessages.WRITERS_ONLY);
    }
    Classification level =
        release.isPresent() ? editable(official, release.get()).classification() : chosen(draft);
    if (!official.mayClassify(level)) {
      throw new NotPermittedException(
          ContentMessages.CANNOT_SAVE_ABOVE_CLEARANCE, official.clearance().label());
    }
    UnitPath unit =
        release.isPresent()
            ? releases.require(release.get()).unit()
            : draft
                .unit()
                .or(official::homeUnit)
                .orElseThrow(
                    () -> new InvalidInputException("unit", ContentMessages.UNIT_REQUIRED));
    Autosave autosave =
        autosaves
            .find(official.account(), release)
            .filter(copy -> copy.classification() == level)
            .orElseGet(
                () ->
                    new Autosave(
                        official.account(), official.username(), release, clock.instant()));
    autosave.keep(draft, basedOnVersion, level, unit, clock.instant());
    autosaves.add(autosave);
  }

  @Override
  public Optional<WorkingCopy> mine(Optional<ReleaseId> release) {
    // A copy holds the release's text as it was: only for someone who may read the release now.
    release.ifPresent(releases::require);
    return autosaves.find(currentOfficial.get().account(), release).map(Autosave::view);
  }

  @Override
  public void discard(Optional<ReleaseId> release) {
    autosaves.discard(currentOfficial.get().account(), release);
  }

  @Override
  public List<EditingNow> othersEditing(ReleaseId release) {
    releases.require(release);
    return autosaves.editing(
        release, currentOfficial.get().account(), clock.instant().minus(ACTIVE));
  }

  /** A release the official could save now (the release's own rule). */
  private Release editable(Official official, ReleaseId id) {
    Release saved = releases.require(id);
    saved.requireEditableBy(official);
    return saved;
  }

  private static Classification chosen(ReleaseDraft draft) {
    return draft.classification() == null ? Classification.BIASA : draft.classification();
  }
}
