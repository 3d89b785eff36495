package id.go.jogjaprov.warta.archives.internal.infrastructure;

import id.go.jogjaprov.warta.archives.api.ArchiveHit;
import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.ArchiveSearchResult;
import id.go.jogjaprov.warta.archives.api.FacetValue;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecord;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords;
import id.go.jogjaprov.warta.kernel.Classification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Searches with PostgreSQL full text (the {@code indonesian} configuration) through JPQL, so that
 * the records' additional criteria apply to hits, totals and facets alike; native SQL would bypass
 * them.
 */
@ApplicationScoped
class JpaArchiveRecords implements ArchiveRecords {

  /** Matches the stored search vector against the words, parsed as a web search. */
  private static final String MATCHES =
      "SQL('(search_vector @@ websearch_to_tsquery(''indonesian'', ?))', :words) = TRUE";

  private static final String SNIPPET =
      "SQL('ts_headline(''indonesian'', concat_ws('' '', ?, ?), websearch_to_tsquery(''indonesian'', ?),"
          + " ''StartSel=«, StopSel=», MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter= … '')',"
          + " r.lead, r.body, :words)";

  @PersistenceContext(unitName = "archives")
  EntityManager em;

  @Override
  public void add(ArchiveRecord record) {
    em.persist(record);
  }

  @Override
  public java.util.Optional<ArchiveRecord> find(java.util.UUID id) {
    return java.util.Optional.ofNullable(em.find(ArchiveRecord.class, id));
  }

  @Override
  public List<ArchiveRecord> ofRelease(java.util.UUID releaseId) {
    return em.createQuery(
            "select r from ArchiveRecord r where r.releaseId = :release", ArchiveRecord.class)
        .setParameter("release", releaseId)
        .getResultList();
  }

  @Override
  public ArchiveSearchResult search(ArchiveQuery query) {
    String where = query.hasWords() ? " where " + MATCHES : "";
    long total =
        bind(em.createQuery("select count(r) from ArchiveRecord r" + where, Long.class), query)
            .getSingleResult();
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    facets.put(
        ArchiveSearchResult.FACET_CLASSIFICATION,
        facet(
            "r.level",
            where,
            query,
            level -> Classification.ofLevel(((Number) level).intValue()).name()));
    facets.put(ArchiveSearchResult.FACET_UNIT, facet("r.unitPath", where, query, String::valueOf));
    facets.put(ArchiveSearchResult.FACET_TYPE, facet("r.type", where, query, String::valueOf));
    return new ArchiveSearchResult(total, facets, hits(query, where));
  }

  private List<ArchiveHit> hits(ArchiveQuery query, String where) {
    if (!query.hasWords()) {
      return em
          .createQuery(
              "select r from ArchiveRecord r order by r.publishedAt desc", ArchiveRecord.class)
          .setFirstResult(query.page().offset())
          .setMaxResults(query.page().size())
          .getResultList()
          .stream()
          .map(record -> record.hit(record.opening()))
          .toList();
    }
    return bind(
            em.createQuery(
                "select r, "
                    + SNIPPET
                    + " from ArchiveRecord r"
                    + where
                    + " order by r.publishedAt desc",
                Object[].class),
            query)
        .setFirstResult(query.page().offset())
        .setMaxResults(query.page().size())
        .getResultList()
        .stream()
        .map(row -> ((ArchiveRecord) row[0]).hit((String) row[1]))
        .toList();
  }

  private List<FacetValue> facet(
      String attribute, String where, ArchiveQuery query, Function<Object, String> label) {
    return bind(
            em.createQuery(
                "select "
                    + attribute
                    + ", count(r) from ArchiveRecord r"
                    + where
                    + " group by "
                    + attribute
                    + " order by count(r) desc",
                Object[].class),
            query)
        .getResultList()
        .stream()
        .map(row -> new FacetValue(label.apply(row[0]), ((Number) row[1]).longValue()))
        .toList();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> typed, ArchiveQuery query) {
    return query.hasWords() ? typed.setParameter("words", query.words()) : typed;
  }
}
