package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadScope;
import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.FacetValue;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The search index over the archive records (ADR 10): a copy that follows the records in the
 * database, the source of truth, and answers searches trimmed to a reader's {@link ReadScope}
 * inside the query, so totals and facets count only what the reader may read.
 */
public interface ArchiveIndex {

  /** The matching records' ids for the page asked, in order, with the total and the facets. */
  Found search(ArchiveQuery query, ReadScope reader);

  /**
   * Like {@link #search}, over what the public portal shows whoever asks: public records of
   * releases published through Warta.
   */
  Found searchPortal(ArchiveQuery query);

  /**
   * The ids of the first {@code limit} matching records in the query's order, its page aside, and
   * the total (the rows of an export; no facets).
   */
  Found first(ArchiveQuery query, ReadScope reader, int limit);

  /**
   * Cuts snippets for one search's hits: a passage of a text with the query's words between {@code
   * «} and {@code »}, or empty when none of them is in it. The query is read once for all of them.
   */
  java.util.function.Function<String, java.util.Optional<String>> snippets(ArchiveQuery query);

  /** Adds or replaces these records; {@code watermark} is where the changes were read up to. */
  void apply(Collection<SearchableRecord> records, long watermark);

  /** The transaction id from which changes may not be in the index yet; 0 for a new index. */
  long watermark();

  /**
   * What a search found: ids of one page, in order, and counts over everything it found, estimated
   * when {@code approximate} ({@link id.go.jogjaprov.warta.archives.api.ArchiveCounting}).
   */
  record Found(
      long total, boolean approximate, Map<String, List<FacetValue>> facets, List<UUID> ids) {}

  /**
   * What a search was answered with: its words as written or, if those found nothing, nearly so.
   */
  record Answer(ArchiveQuery query, Found found, boolean spellingForgiven) {

    /**
     * Runs {@code find} on the query as written and, when its words find nothing, again forgiving
     * their spelling ({@link ArchiveQuery#forgivingSpelling}).
     */
    public static Answer of(
        ArchiveQuery query, java.util.function.Function<ArchiveQuery, Found> find) {
      Found found = find.apply(query);
      if (found.total() == 0 && query.hasWords()) {
        ArchiveQuery forgiving = query.forgivingSpelling();
        if (!forgiving.words().equals(query.words())) {
          return new Answer(forgiving, find.apply(forgiving), true);
        }
      }
      return new Answer(query, found, false);
    }
  }
}
