package id.go.jogjaprov.warta.content.internal.infrastructure;

import id.go.jogjaprov.warta.access.api.ReadScope;
import id.go.jogjaprov.warta.content.api.PublicReleaseFilter;
import id.go.jogjaprov.warta.content.api.ReleaseFilter;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseSort;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.content.api.ReleaseSummary;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.content.internal.domain.Release;
import id.go.jogjaprov.warta.content.internal.domain.ReleaseRepository;
import id.go.jogjaprov.warta.kernel.CalendarPeriod;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Releases through JPQL only, so that the entity's additional criteria (bound by the access module
 * on every session) filter what comes back, totals included.
 */
@ApplicationScoped
class JpaReleaseRepository implements ReleaseRepository {

  /**
   * What a list shows. The lead leaves the database only for Biasa releases (ReleaseSummary drops
   * it for the others as well); the body never does.
   */
  private static final String SUMMARY =
      "select r.id, r.type, r.title, CASE WHEN r.level = 1 THEN r.lead ELSE '' END, r.level, r.unitPath,"
          + " r.status, r.author, r.createdAt, r.updatedAt, r.publishedAt from Release r";

  /**
   * The query form of the four-eyes part of Release.isDecidableBy: no revision since the last
   * approval by them.
   */
  @PersistenceContext(unitName = "content")
  EntityManager em;

  @Override
  public Optional<Release> find(ReleaseId id) {
    return Optional.ofNullable(em.find(Release.class, id.value()));
  }

  @Override
  public Page<ReleaseSummary> list(ReleaseFilter filter, ReleaseSort sort, PageRequest page) {
    if (filter.ids().filter(Set::isEmpty).isPresent()) {
      return new Page<>(List.of(), 0, page);
    }
    StringBuilder where =
        new StringBuilder(
            " where r.status in :statuses and r.type in :types and r.level in :levels");
    filter
        .titleContains()
        .ifPresent(t -> where.append(" and lower(r.title) like :title escape '\\'"));
    filter.author().ifPresent(a -> where.append(" and r.author = :author"));
    filter
        .units()
        .ifPresent(
            u -> where.append(" and FUNCTION('access.within_units', r.unitPath, :lines) = TRUE"));
    filter.ids().ifPresent(ids -> where.append(" and r.id in :ids"));
    filter.correcting().ifPresent(corrected -> where.append(" and r.corrects = :corrected"));
    long total =
        bind(em.createQuery("select count(r) from Release r" + where, Long.class), filter)
            .getSingleResult();
    List<ReleaseSummary> items =
        bind(em.createQuery(SUMMARY + where + orderBy(sort), Object[].class), filter)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(JpaReleaseRepository::summary)
            .toList();
    return new Page<>(items, total, page);
  }

  @Override
  public List<java.util.Map.Entry<UnitPath, java.time.Instant>> publishedSince(
      java.time.Instant since) {
    return em
        .createQuery(
            "select r.unitPath, r.publishedAt from Release r where r.status = :published"
                + " and r.publishedAt >= :since",
            Object[].class)
        .setParameter("published", ReleaseStatus.PUBLISHED)
        .setParameter("since", since.atOffset(java.time.ZoneOffset.UTC))
        .getResultList()
        .stream()
        .map(
            row ->
                java.util.Map.entry(
                    UnitPath.of((String) row[0]), ((OffsetDateTime) row[1]).toInstant()))
        .toList();
  }

  @Override
  public Page<Release> listPublic(PublicReleaseFilter filter, PageRequest page) {
    StringBuilder where = new StringBuilder(" where r.publiclyReadable = true");
    filter.unit().ifPresent(u -> where.append(WITHIN_UNIT));
    filter.type().ifPresent(t -> where.append(" and r.type = :type"));
    filter.tag().ifPresent(t -> where.append(" and :tag member of r.tags"));
    filter.from().ifPresent(d -> where.append(" and r.publishedAt >= :from"));
    filter.to().ifPresent(d -> where.append(" and r.publishedAt < :until"));
    long total =
        bindPublic(em.createQuery("select count(r) from Release r" + where, Long.class), filter)
            .getSingleResult();
    List<Release> items =
        bindPublic(
                em.createQuery(
                    "select r from Release r" + where + " order by r.publishedAt desc, r.id",
                    Release.class),
                filter)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(items, total, page);
  }

  private static <T> TypedQuery<T> bindPublic(TypedQuery<T> query, PublicReleaseFilter filter) {
    filter.unit().ifPresent(unit -> bindUnit(query, unit));
    filter.type().ifPresent(type -> query.setParameter("type", type));
    filter.tag().ifPresent(tag -> query.setParameter("tag", tag));
    filter
        .from()
        .ifPresent(
            day ->
                query.setParameter(
                    "from", CalendarPeriod.startOf(day).atOffset(java.time.ZoneOffset.UTC)));
    filter
        .to()
        .ifPresent(
            day ->
                query.setParameter(
                    "until",
                    CalendarPeriod.startOf(day.plusDays(1)).atOffset(java.time.ZoneOffset.UTC)));
    return query;
  }

  /** Text for a LIKE pattern (escape {@code \\}) that matches itself: its % and _ taken as such. */
  private static String literally(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** Releases of a unit or of the units below it, its parameters bound by {@link #bindUnit}. */
  private static final String WITHIN_UNIT =
      " and (r.unitPath = :unit or r.unitPath like :below escape '\\')";

  private static void bindUnit(TypedQuery<?> query, UnitPath unit) {
    query
        .setParameter("unit", unit.value())
        .setParameter("below", literally(unit.value() + "/") + "%");
  }

  /** A release's public datestamp in JPQL (ReleaseDetails.publicDatestamp). */
  private static final String DATESTAMP =
      "CASE WHEN r.publishedAt > r.updatedAt THEN r.publishedAt ELSE r.updatedAt END";

  @Override
  public Page<Release> listPublicSince(
      Optional<Instant> from, Optional<Instant> until, Optional<UnitPath> unit, PageRequest page) {
    StringBuilder where = new StringBuilder(" where r.publiclyReadable = true");
    from.ifPresent(f -> where.append(" and " + DATESTAMP + " >= :from"));
    until.ifPresent(u -> where.append(" and " + DATESTAMP + " <= :until"));
    unit.ifPresent(u -> where.append(WITHIN_UNIT));
    java.util.function.UnaryOperator<TypedQuery<?>> bind =
        query -> {
          from.ifPresent(f -> query.setParameter("from", f.atOffset(java.time.ZoneOffset.UTC)));
          until.ifPresent(u -> query.setParameter("until", u.atOffset(java.time.ZoneOffset.UTC)));
          unit.ifPresent(u -> bindUnit(query, u));
          return query;
        };
    TypedQuery<Long> count = em.createQuery("select count(r) from Release r" + where, Long.class);
    bind.apply(count);
    TypedQuery<Release> items =
        em.createQuery(
            "select r from Release r" + where + " order by " + DATESTAMP + ", r.id", Release.class);
    bind.apply(items);
    return new Page<>(
        items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
        count.getSingleResult(),
        page);
  }

  @Override
  public List<UnitPath> unitsOfPublicReleases() {
    return em
        .createQuery(
            "select distinct r.unitPath from Release r where r.publiclyReadable = true",
            String.class)
        .getResultList()
        .stream()
        .map(UnitPath::of)
        .toList();
  }

  @Override
  public Optional<Instant> earliestPublicDatestamp() {
    return em.createQuery(
            "select min(" + DATESTAMP + ") from Release r where r.publiclyReadable = true",
            OffsetDateTime.class)
        .getResultStream()
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .map(OffsetDateTime::toInstant);
  }

  @Override
  public List<Release> publicTranslationsOf(ReleaseId original, ReleaseId except) {
    return em.createQuery(
            "select r from Release r where r.publiclyReadable = true and r.id <> :except"
                + " and (r.id = :original or r.translationOf = :originalText) order by r.id",
            Release.class)
        .setParameter("except", except.value())
        .setParameter("original", original.value())
        .setParameter("originalText", original.toString())
        .getResultList();
  }

  @Override
  public List<Release> publicCorrectionsOf(ReleaseId corrected) {
    return em.createQuery(
            "select r from Release r where r.publiclyReadable = true and r.corrects = :corrected"
                + " order by r.publishedAt, r.id",
            Release.class)
        .setParameter("corrected", corrected.toString())
        .getResultList();
  }

  @Override
  public Optional<Release> publicBySlug(String slug) {
    return em.createQuery(
            "select r from Release r where r.slug = :slug and r.publiclyReadable = true",
            Release.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Release> publicReleases(java.util.Collection<ReleaseId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from Release r where r.id in :ids and r.publiclyReadable = true",
            Release.class)
        .setParameter("ids", ids.stream().map(ReleaseId::value).toList())
        .getResultList();
  }

  @Override
  public void store(Release release) {
    em.persist(release);
    // The release's authorship rows first: each text refers to its revision.
    em.flush();
    release.takeUnstoredTexts().forEach(em::persist);
    // Attachments are read exactly like their release: they take its level and publicity. (The
    // caller may read the release, so its attachments, kept in step so far, too.)
    em.createQuery(
            "update Attachment a set a.level = :level, a.publiclyReadable = :pub"
                + " where a.itemId = :release and (a.level <> :level or a.publiclyReadable <> :pub)")
        .setParameter("level", release.classification().level())
        .setParameter("pub", release.isPubliclyReadable())
        .setParameter("release", release.id().value())
        .executeUpdate();
    em.flush();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, ReleaseFilter filter) {
    query.setParameter("statuses", filter.statuses());
    query.setParameter("types", filter.types());
    query.setParameter("levels", filter.levels().stream().map(Classification::level).toList());
    filter
        .titleContains()
        .ifPresent(
            t -> query.setParameter("title", "%" + literally(t.toLowerCase(Locale.ROOT)) + "%"));
    filter.author().ifPresent(a -> query.setParameter("author", a.value()));
    filter.units().ifPresent(u -> query.setParameter("lines", ReadScope.unitsParameter(u)));
    filter
        .ids()
        .ifPresent(ids -> query.setParameter("ids", ids.stream().map(ReleaseId::value).toList()));
    filter
        .correcting()
        .ifPresent(corrected -> query.setParameter("corrected", corrected.toString()));
    return query;
  }

  /** A whitelisted order; ties broken by id so that pages never overlap or skip. */
  private static String orderBy(ReleaseSort sort) {
    String field =
        switch (sort.field()) {
          case UPDATED -> "r.updatedAt";
          case CREATED -> "r.createdAt";
          case TITLE -> "lower(r.title)";
          case STATUS -> "r.status";
          case TYPE -> "r.type";
          case CLASSIFICATION -> "r.level";
          case UNIT -> "r.unitPath";
        };
    return " order by " + field + (sort.descending() ? " desc" : " asc") + ", r.id";
  }

  private static ReleaseSummary summary(Object[] row) {
    Classification level = Classification.ofLevel(((Number) row[4]).intValue());
    return new ReleaseSummary(
        new ReleaseId((UUID) row[0]),
        (ReleaseType) row[1],
        (String) row[2],
        Optional.ofNullable((String) row[3]).filter(lead -> !lead.isEmpty()),
        level,
        UnitPath.of((String) row[5]),
        (ReleaseStatus) row[6],
        new Username((String) row[7]),
        ((OffsetDateTime) row[8]).toInstant(),
        ((OffsetDateTime) row[9]).toInstant(),
        Optional.ofNullable((OffsetDateTime) row[10]).map(OffsetDateTime::toInstant));
  }
}
