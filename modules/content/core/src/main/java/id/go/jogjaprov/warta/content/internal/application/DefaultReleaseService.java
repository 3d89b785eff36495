package id.go.jogjaprov.warta.content.internal.application;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.GrantService;
import id.go.jogjaprov.warta.access.api.ItemGrant;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.content.api.PublicCorrections;
import id.go.jogjaprov.warta.content.api.PublicReleaseFilter;
import id.go.jogjaprov.warta.content.api.PublishedCount;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseDraft;
import id.go.jogjaprov.warta.content.api.ReleaseFilter;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseMetadata;
import id.go.jogjaprov.warta.content.api.ReleaseReading;
import id.go.jogjaprov.warta.content.api.ReleaseSaved;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.content.api.ReleaseSort;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.content.api.ReleaseSummary;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.content.internal.ContentMessages;
import id.go.jogjaprov.warta.content.internal.domain.Autosaves;
import id.go.jogjaprov.warta.content.internal.domain.Release;
import id.go.jogjaprov.warta.content.internal.domain.ReleaseRepository;
import id.go.jogjaprov.warta.content.internal.domain.RevisionText;
import id.go.jogjaprov.warta.content.internal.domain.RevisionTexts;
import id.go.jogjaprov.warta.content.internal.domain.RichText;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.kernel.StaleVersionException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Writing and reading releases on behalf of the current official. */
@ApplicationScoped
@Transactional
class DefaultReleaseService implements ReleaseService {

  @Inject ReleaseRepository releases;
  @Inject RevisionTexts texts;
  @Inject Autosaves autosaves;
  @Inject ConfiguredLabelSchemes schemes;

  @Inject CurrentOfficial currentOfficial;

  @Inject Event<ReleaseSaved> saved;
  @Inject AuditTrail audit;
  @Inject GrantService grants;

  /** How releases are named in the audit trail. */
  static final String AUDIT_KIND = "release";

  @Inject Clock clock;

  @Override
  public ReleaseDetails create(ReleaseDraft draft) {
    Official official = requireWriter();
    UnitPath unit =
        draft
            .unit()
            .or(official::homeUnit)
            .orElseThrow(() -> new InvalidInputException("unit", ContentMessages.UNIT_REQUIRED));
    if (!official.belongsAbove(unit)) {
      throw new NotPermittedException(ContentMessages.CANNOT_WRITE_FOR_UNIT, unit.name());
    }
    requireCleared(official, draft.classification());
    requireOriginal(draft);
    requireCorrected(draft);
    Optional<ReleaseType> type = Optional.ofNullable(draft.type());
    Release release =
        Release.draft(
            ReleaseId.random(),
            draft.withCodes(
                schemes.schemes().subjectCode(draft.subjectCode(), type),
                schemes.schemes().retentionCode(draft.retentionCode(), type)),
            unit,
            official.username(),
            clock.instant());
    releases.store(release);
    autosaves.discard(official.account(), Optional.empty());
    return saved(release, official);
  }

  @Override
  public ReleaseDetails revise(ReleaseId id, ReleaseDraft draft, long expectedVersion) {
    Release release = releases.require(id);
    Official editor = requireWriterOf(release);
    requireVersion(release, expectedVersion);
    if (draft.unit().filter(unit -> !unit.equals(release.unit())).isPresent()) {
      throw new InvalidInputException("unit", ContentMessages.OWNING_UNIT_UNCHANGEABLE);
    }
    // A change may leave the classification out: it moves only through reclassification.
    if (draft.classification() != null && draft.classification() != release.classification()) {
      throw new RuleViolationException(ContentMessages.CLASSIFICATION_NOT_BY_EDITING);
    }
    requireOriginal(draft);
    requireCorrected(draft);
    release.revise(
        draft.withCodes(
            schemes.schemes().subjectCode(draft.subjectCode(), Optional.empty()),
            schemes.schemes().retentionCode(draft.retentionCode(), Optional.empty())),
        editor.username(),
        clock.instant());
    releases.store(release);
    autosaves.discard(editor.account(), Optional.of(id));
    return saved(release, editor);
  }

  @Override
  public ReleaseDetails restore(ReleaseId id, int revision, long expectedVersion) {
    Release release = releases.require(id);
    Official editor = requireWriterOf(release);
    requireVersion(release, expectedVersion);
    RevisionText earlier =
        texts
            .find(id, revision)
            .orElseThrow(
                () -> new ItemNotFoundException(ContentMessages.REVISION_NOT_FOUND, id, revision));
    release.restore(earlier, editor.username(), clock.instant());
    releases.store(release);
    autosaves.discard(editor.account(), Optional.of(id));
    return saved(release, editor);
  }

  @Override
  public String preview(String body) {
    return RichText.required(body, "body", ContentMessages.FIELD_BODY, Release.BODY_MAX);
  }

  @Override
  public ReleaseDetails get(ReleaseId id) {
    return releases.require(id).details();
  }

  @Override
  public ReleaseDetails open(ReleaseId id) {
    ReleaseDetails release = get(id);
    if (release.classification().level() >= Classification.TERBATAS.level()) {
      audit.record(
          new AuditEvent(
              AuditAction.READ, AUDIT_KIND, id.toString(), release.classification(), ""));
    }
    return release;
  }

  @Override
  public void share(ReleaseId id, Username grantee, String reason, Instant until) {
    ReleaseDetails release = get(id);
    Official official = currentOfficial.get();
    if (!(official.writes() || official.reviews()) || !official.belongsAbove(release.unit())) {
      throw new NotPermittedException(ContentMessages.SHARE_OWNING_UNIT_ONLY);
    }
    grants.grant(
        new ItemGrant(AUDIT_KIND, id.value(), release.classification(), grantee, reason, until));
  }

  @Override
  public Page<ReleaseReading> readersOf(ReleaseId id, PageRequest page) {
    ReleaseDetails release = get(id);
    return audit
        .readsOfOwnWork(AUDIT_KIND, id.toString(), release.author(), page)
        .map(entry -> new ReleaseReading(new Username(entry.actor()), entry.at(), entry.origin()));
  }

  @Override
  public Page<ReleaseSummary> list(ReleaseFilter filter, PageRequest page) {
    return list(filter, ReleaseSort.NEWEST_CHANGE, page);
  }

  @Override
  public Page<ReleaseSummary> list(ReleaseFilter filter, ReleaseSort sort, PageRequest page) {
    return releases.list(filter, sort, page);
  }

  @Override
  public Page<ReleaseSummary> myWork(PageRequest page) {
    Official official = currentOfficial.get();
    if (!official.writes()) {
      return new Page<>(List.of(), 0, page);
    }
    return list(
        ReleaseFilter.any()
            .inStatuses(
                EnumSet.complementOf(
                    EnumSet.of(
                        ReleaseStatus.PUBLISHED, ReleaseStatus.REJECTED, ReleaseStatus.WITHDRAWN)))
            .by(official.username()),
        page);
  }

  @Override
  public boolean mayRevise(ReleaseDetails release) {
    Official official = currentOfficial.get();
    return release.status().isEditable()
        && official.writes()
        && official.belongsAbove(release.unit());
  }

  @Override
  public boolean mayCorrect(ReleaseDetails release) {
    return release.status() == ReleaseStatus.PUBLISHED && currentOfficial.get().writes();
  }

  @Override
  public Page<ReleaseDetails> listPublic(PublicReleaseFilter filter, PageRequest page) {
    return releases.listPublic(filter, page).map(Release::details);
  }

  @Override
  public Page<ReleaseDetails> listPublicSince(
      Optional<Instant> from, Optional<Instant> until, Optional<UnitPath> unit, PageRequest page) {
    return releases.listPublicSince(from, until, unit, page).map(Release::details);
  }

  @Override
  public List<UnitPath> unitsWithPublicReleases() {
    return releases.unitsOfPublicReleases().stream()
        .flatMap(unit -> unit.withUnitsAbove().stream())
        .distinct()
        .sorted(Comparator.comparing(UnitPath::value))
        .toList();
  }

  @Override
  public List<ReleaseDetails> publicTranslations(ReleaseDetails release) {
    return releases
        .publicTranslationsOf(release.metadata().translationOf().orElse(release.id()), release.id())
        .stream()
        .map(Release::details)
        .toList();
  }

  @Override
  public PublicCorrections publicCorrections(ReleaseDetails release) {
    return new PublicCorrections(
        release
            .metadata()
            .corrects()
            .flatMap(releases::find)
            .filter(Release::isPubliclyReadable)
            .map(Release::details),
        releases.publicCorrectionsOf(release.id()).stream().map(Release::details).toList());
  }

  @Override
  public Optional<Instant> earliestPublicDatestamp() {
    return releases.earliestPublicDatestamp();
  }

  @Override
  public Optional<ReleaseDetails> publicBySlug(String slug) {
    return releases.publicBySlug(slug).map(Release::details);
  }

  @Override
  public List<ReleaseDetails> publicReleases(java.util.Collection<ReleaseId> ids) {
    return releases.publicReleases(ids).stream().map(Release::details).toList();
  }

  @Override
  public List<PublishedCount> publishedPerMonth(int months) {
    YearMonth first = YearMonth.now(clock.withZone(OfficeTime.ZONE)).minusMonths(months - 1L);
    Instant since = first.atDay(1).atStartOfDay(OfficeTime.ZONE).toInstant();
    Map<YearMonth, Map<UnitPath, Long>> counted = new TreeMap<>();
    releases
        .publishedSince(since)
        .forEach(
            published ->
                counted
                    .computeIfAbsent(
                        YearMonth.from(published.getValue().atZone(OfficeTime.ZONE)),
                        month -> new TreeMap<>(Comparator.comparing(UnitPath::value)))
                    .merge(published.getKey(), 1L, Long::sum));
    return counted.entrySet().stream()
        .flatMap(
            month ->
                month.getValue().entrySet().stream()
                    .map(
                        unit -> new PublishedCount(month.getKey(), unit.getKey(), unit.getValue())))
        .toList();
  }

  /**
   * Tells the workflow, in this transaction, who saved which revision; it may send the release back
   * to review, so the release is read again after.
   */
  private ReleaseDetails saved(Release release, Official by) {
    ReleaseDetails details = release.details();
    saved.fire(
        new ReleaseSaved(
            details.id(),
            details.revision(),
            by.username(),
            details.author(),
            details.unit(),
            details.classification(),
            details.informationCategory(),
            details.status()));
    return release.details();
  }

  /** A translation names an original the caller may read, written in the other language. */
  private void requireOriginal(ReleaseDraft draft) {
    named(
            draft,
            ReleaseMetadata::translationOf,
            "metadata.translationOf",
            ContentMessages.ORIGINAL_NOT_FOUND)
        .filter(original -> original.language() == draft.metadata().language())
        .ifPresent(
            original -> {
              throw new InvalidInputException(
                  "metadata.translationOf",
                  ContentMessages.TRANSLATION_SAME_LANGUAGE,
                  original.language().label());
            });
  }

  /**
   * A correction names a published release the caller may read (one they may not is not found, like
   * a missing one).
   */
  private void requireCorrected(ReleaseDraft draft) {
    named(
            draft,
            ReleaseMetadata::corrects,
            "metadata.corrects",
            ContentMessages.CORRECTED_NOT_FOUND)
        .filter(corrected -> corrected.status() != ReleaseStatus.PUBLISHED)
        .ifPresent(
            corrected -> {
              throw new InvalidInputException(
                  "metadata.corrects", ContentMessages.CORRECTED_NOT_PUBLISHED);
            });
  }

  /**
   * The release a draft's metadata names ({@code field}), as the caller may read it; one they may
   * not read is as missing as one that does not exist.
   */
  private Optional<Release> named(
      ReleaseDraft draft,
      java.util.function.Function<ReleaseMetadata, Optional<ReleaseId>> name,
      String field,
      ContentMessages notFound) {
    return Optional.ofNullable(draft.metadata())
        .flatMap(name)
        .map(id -> releases.find(id).orElseThrow(() -> new InvalidInputException(field, notFound)));
  }

  private static void requireVersion(Release release, long expectedVersion) {
    if (release.version() != expectedVersion) {
      throw new StaleVersionException(
          ContentMessages.RELEASE_CHANGED_BY_SOMEONE_ELSE, release.version());
    }
  }

  private Official requireWriter() {
    Official official = currentOfficial.get();
    if (!official.writes()) {
      throw new NotPermittedException(ContentMessages.WRITERS_ONLY);
    }
    return official;
  }

  /**
   * Writers of the owning unit's line change a release; a grant lets an official read it, never
   * change it.
   */
  private Official requireWriterOf(Release release) {
    Official official = requireWriter();
    if (!official.belongsAbove(release.unit())) {
      throw new NotPermittedException(ContentMessages.OWNING_UNIT_WRITERS_ONLY);
    }
    return official;
  }

  private static void requireCleared(Official official, Classification classification) {
    if (classification != null && !official.mayClassify(classification)) {
      throw new NotPermittedException(
          ContentMessages.CANNOT_CLASSIFY_ABOVE_CLEARANCE, official.clearance().label());
    }
  }
}
