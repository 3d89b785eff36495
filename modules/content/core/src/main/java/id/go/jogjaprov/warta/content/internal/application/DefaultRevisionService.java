package id.go.jogjaprov.warta.content.internal.application;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.RevisionDetails;
import id.go.jogjaprov.warta.content.api.RevisionDiff;
import id.go.jogjaprov.warta.content.api.RevisionDiff.FieldDiff;
import id.go.jogjaprov.warta.content.api.RevisionService;
import id.go.jogjaprov.warta.content.api.RevisionSummary;
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
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A release's history, read within the caller's clearance; classified reads are recorded. */
@ApplicationScoped
@Transactional
class DefaultRevisionService implements RevisionService {

  @Inject ReleaseRepository releases;
  @Inject RevisionTexts texts;
  @Inject AuditTrail audit;

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
    return new RevisionDiff(
        older.summary(),
        newer.summary(),
        List.of(
            new FieldDiff(
                "type",
                older.type() != newer.type(),
                WordDiff.whole(older.type().name(), newer.type().name())),
            field("title", older, newer, RevisionText::title),
            field("lead", older, newer, RevisionText::lead),
            field("body", older, newer, text -> RichText.text(text.body()))));
  }

  private static FieldDiff field(
      String name, RevisionText older, RevisionText newer, Function<RevisionText, String> value) {
    String before = value.apply(older);
    String after = value.apply(newer);
    return new FieldDiff(name, !Objects.equals(before, after), WordDiff.between(before, after));
  }

  private RevisionText load(ReleaseId release, int number) {
    requireReadable(release);
    return texts
        .find(release, number)
        .orElseThrow(() -> new ItemNotFoundException("Revisi", release + "/" + number));
  }

  /** A release the caller may not read has no history they can learn of, not even its length. */
  private void requireReadable(ReleaseId release) {
    if (releases.find(release).isEmpty()) {
      throw new ItemNotFoundException("Rilis", release);
    }
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
