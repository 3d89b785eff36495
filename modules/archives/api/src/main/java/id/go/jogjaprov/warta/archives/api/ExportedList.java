package id.go.jogjaprov.warta.archives.api;

import java.util.List;

/**
 * The hits of a search as one list for its viewer: {@code total} is how many the search found,
 * {@code viewOnly} how many of the first {@link ArchiveExports#LIST_LIMIT} were Sangat Rahasia and
 * left out.
 */
public record ExportedList(ExportStamp stamp, List<ArchiveHit> hits, long total, int viewOnly) {

  public ExportedList {
    hits = List.copyOf(hits);
  }

  /** Whether the search found more than the list holds. */
  public boolean cut() {
    return total > hits.size() + viewOnly;
  }
}
