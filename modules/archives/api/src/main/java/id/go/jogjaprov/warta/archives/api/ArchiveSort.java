package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.InvalidInputException;
import java.util.Locale;

/** The order of hits: the best match first (the default), or the newest first. */
public enum ArchiveSort {
  RELEVANCE,
  NEWEST;

  /** As a link writes it ({@code relevance}, {@code newest}); blank is the default. */
  public static ArchiveSort parse(String text) {
    if (text == null || text.isBlank()) {
      return RELEVANCE;
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("sort", ArchivesApiMessages.SEARCH_FILTER_INVALID, text);
    }
  }
}
