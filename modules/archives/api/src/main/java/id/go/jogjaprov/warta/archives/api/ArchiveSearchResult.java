package id.go.jogjaprov.warta.archives.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total and the facets, all over what the caller may read. {@code
 * countsApproximate}: the total and the facet counts are estimates (past {@link
 * ArchiveCounting#EXACT_UP_TO} matches), rounded to two significant digits. {@code
 * spellingForgiven}: the words as written found nothing, these are the hits of words spelt nearly
 * so ({@link ArchiveQuery#forgivingSpelling}). {@code asOf}: the moment the pages are counted as
 * of, for the search's next pages ({@link ArchiveQuery#AS_OF}).
 */
public record ArchiveSearchResult(
    long total,
    boolean countsApproximate,
    Map<String, List<FacetValue>> facets,
    List<ArchiveHit> hits,
    boolean spellingForgiven,
    Instant asOf) {

  public static final String FACET_CLASSIFICATION = "classification";
  public static final String FACET_UNIT = "unit";
  public static final String FACET_TYPE = "type";
  public static final String FACET_TAG = "tag";
  public static final String FACET_LANGUAGE = "language";
  public static final String FACET_YEAR = "year";
  public static final String FACET_MONTH = "month";
}
