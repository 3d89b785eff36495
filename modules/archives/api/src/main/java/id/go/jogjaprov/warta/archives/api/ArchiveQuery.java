package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.PlainText;

/**
 * A search of the archives: words in Indonesian (stemmed, so {@code latih} finds {@code pelatihan};
 * quotes and {@code -word} work as on the web), and a page. Blank words list the newest records.
 */
public record ArchiveQuery(String words, PageRequest page) {

  public static final int MAX_PAGE_SIZE = 100;
  public static final int MAX_WORDS_LENGTH = 500;

  public ArchiveQuery {
    words =
        PlainText.characters(words, "q", ArchivesApiMessages.FIELD_SEARCH_WORDS, MAX_WORDS_LENGTH);
    words = words == null ? "" : words;
    if (page.size() > MAX_PAGE_SIZE) {
      throw new InvalidInputException(
          "size", ArchivesApiMessages.SEARCH_PAGE_TOO_LARGE, MAX_PAGE_SIZE);
    }
  }

  public boolean hasWords() {
    return !words.isEmpty();
  }
}
