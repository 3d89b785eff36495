package id.go.jogjaprov.warta.content.internal.application;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.content.api.ReleaseDraft;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.RevisionDetails;
import id.go.jogjaprov.warta.content.api.RevisionDiff;
import id.go.jogjaprov.warta.content.api.RevisionDiff.FieldDiff;
import id.go.jogjaprov.warta.content.api.RevisionService;
import id.go.jogjaprov.warta.content.api.RevisionSummary;
import id.go.jogjaprov.warta.content.internal.ContentMessages;
import id.go.jogjaprov.warta.content.internal.domain.Release;
import id.go.jogjaprov.warta.content.internal.domain.ReleaseRepository;
import id.go.jogjaprov.warta.content.internal.domain.RevisionText;
import id.go.jogjaprov.warta.content.internal.domain.RevisionTexts;
import id.go.jogjaprov.warta.content.internal.domain.RichText;
import id.go.jogjaprov.warta.content.internal.domain.WordDiff;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A release's history, read within the caller's clearance; classified reads are recorded. */
@ApplicationScoped
@Transactional
class DefaultRevisionService implements RevisionService {

  @Inject ReleaseRepository releases;
  @Inject RevisionTexts texts;
  @Inject AuditTrail audit;
  @Inject CurrentOfficial currentOfficial;
  @Inject Clock clock;

  @Override
  public Page<RevisionSummary> history(ReleaseId release, PageRequest page) {
    requireReadable(release);
    Page<RevisionSummary> shown = texts.history(release, page);
    // Change notes speak of the text: listing them is a read at the highest level listed.
    shown.items().stream()
        .map(RevisionSummary::classification)
        .max(Classification::compareTo)
        .ifPresent(level -> recordRead(release, level, "riwayat revisi"));
    return shown;
  }

  @Override
  public RevisionDetails revision(ReleaseId release, int number) {
    RevisionText text = load(release, number);
    recordRead(release, text.classification(), "revisi " + number);
    return text.details();
  }

  @Override
  public RevisionDiff compare(ReleaseId release, int from, int to) {
    RevisionText older = load(release, from);
    RevisionText newer = load(release, to);
    Classification higher =
        older.classification().compareTo(newer.classification()) >= 0
            ? older.classification()
            : newer.classification();
    recordRead(release, higher, "perbandingan revisi " + from + " dan " + to);
    return diff(older.summary(), Words.of(older), newer.summary(), Words.of(newer));
  }

  @Override
  public RevisionDiff compareWithCurrent(ReleaseId release, ReleaseDraft mine) {
    Release saved = releases.require(release);
    RevisionText current = load(release, saved.revision());
    recordRead(
        release,
        current.classification(),
        "perbandingan revisi " + saved.revision() + " dengan teks yang belum disimpan");
    RevisionSummary unsaved =
        new RevisionSummary(
            0,
            currentOfficial.get().username(),
            clock.instant(),
            Optional.ofNullable(mine.changeNote()),
            saved.classification());
    Words yours =
        new Words(
            mine.type() == null ? "" : mine.type().name(),
            mine.title(),
            mine.lead(),
            RichText.text(
                RichText.cleaned(
                    mine.body(), "body", ContentMessages.FIELD_BODY, Release.BODY_MAX)));
    return diff(current.summary(), Words.of(current), unsaved, yours);
  }

  /** What a comparison reads of a text: the type's code and the words of each field. */
  private record Words(String type, String title, String lead, String body) {
    static Words of(RevisionText text) {
      return new Words(text.type().name(), text.title(), text.lead(), RichText.text(text.body()));
    }
  }

  private static RevisionDiff diff(
      RevisionSummary from, Words older, RevisionSummary to, Words newer) {
    return new RevisionDiff(
        from,
        to,
        List.of(
            new FieldDiff(
                "type",
                !older.type().equals(newer.type()),
                WordDiff.whole(older.type(), newer.type())),
            field("title", older.title(), newer.title()),
            field("lead", older.lead(), newer.lead()),
            field("body", older.body(), newer.body())));
  }

  private static FieldDiff field(String name, String before, String after) {
    boolean changed = !Objects.equals(blankAsNull(before), blankAsNull(after));
    return new FieldDiff(name, changed, WordDiff.between(before, after));
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private RevisionText load(ReleaseId release, int number) {
    requireReadable(release);
    return texts
        .find(release, number)
        .orElseThrow(
            () -> new ItemNotFoundException(ContentMessages.REVISION_NOT_FOUND, release, number));
  }

  /** A release the caller may not read has no history they can learn of, not even its length. */
  private void requireReadable(ReleaseId release) {
    releases.require(release);
  }

  private void recordRead(ReleaseId release, Classification level, String detail) {
    if (level.level() >= Classification.TERBATAS.level()) {
      audit.record(
          new AuditEvent(
              AuditAction.READ,
              DefaultReleaseService.AUDIT_KIND,
              release.toString(),
              level,
              detail));
    }
  }
}
