package id.go.jogjaprov.warta.content.internal.application;

import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleasePublication;
import id.go.jogjaprov.warta.content.api.ReleasePublished;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.content.internal.ContentMessages;
import id.go.jogjaprov.warta.content.internal.domain.Attachment;
import id.go.jogjaprov.warta.content.internal.domain.Attachments;
import id.go.jogjaprov.warta.content.internal.domain.PressReleaseNumber;
import id.go.jogjaprov.warta.content.internal.domain.PressReleaseSeries;
import id.go.jogjaprov.warta.content.internal.domain.Release;
import id.go.jogjaprov.warta.content.internal.domain.ReleaseRepository;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The release's side of review and publication: it takes the stages the workflow gives it and
 * publishes exactly the approved revision, numbered in the office's series when it is a public
 * press release. Who may move a release, and where to, is the workflow's decision alone.
 */
@ApplicationScoped
@Transactional
class DefaultReleasePublication implements ReleasePublication {

  @Inject ReleaseRepository releases;
  @Inject Attachments attachments;
  @Inject PressReleaseSeries series;
  @Inject Event<ReleasePublished> published;
  @Inject Clock clock;

  @Override
  public ReleaseDetails enter(ReleaseId id, ReleaseStatus stage) {
    Release release = releases.require(id);
    if (stage.isUnderReview()) {
      requireAltTexts(release);
    }
    release.enter(stage, clock.instant());
    releases.store(release);
    return release.details();
  }

  @Override
  public ReleaseDetails publish(ReleaseId id, int approvedRevision) {
    Release release = releases.require(id);
    requireAltTexts(release);
    release.publish(approvedRevision, clock.instant());
    if (release.needsNumber()) {
      // The number's month and year are Yogyakarta's.
      LocalDate on = LocalDate.ofInstant(clock.instant(), OfficeTime.ZONE);
      String unit = PressReleaseNumber.unitCode(release.unit());
      release.numberAs(
          PressReleaseNumber.format(series.next(release, unit, on.getYear()), unit, on));
    }
    releases.store(release);
    published.fire(new ReleasePublished(id));
    return release.details();
  }

  /** The public reads every image through its alt text: none goes to review or out without one. */
  private void requireAltTexts(Release release) {
    List<String> missing =
        attachments.of(release.id()).stream()
            .filter(Attachment::lacksAltText)
            .map(a -> a.summary().fileName())
            .toList();
    if (!missing.isEmpty()) {
      throw new RuleViolationException(
          ContentMessages.IMAGES_WITHOUT_ALT_TEXT, String.join(", ", missing));
    }
  }
}
