package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.InvalidInputException;

/**
 * A search of the archives: words in Indonesian (stemmed, so {@code latih} finds {@code pelatihan};
 * quotes and {@code -word} work as on the web), and a page. Blank words list the newest records.
 */
public record ArchiveQuery(String words, int page, int pageSize) {

  public static final int MAX_PAGE_SIZE = 100;
  public static final int MAX_WORDS_LENGTH = 500;

  public ArchiveQuery {
    words = words == null ? "" : words.strip();
    if (words.length() > MAX_WORDS_LENGTH) {
      throw new InvalidInputException("Kata kunci melebihi " + MAX_WORDS_LENGTH + " karakter.");
    }
    if (page < 0) {
      throw new InvalidInputException("Halaman tidak boleh negatif.");
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new InvalidInputException("Ukuran halaman harus antara 1 dan " + MAX_PAGE_SIZE + ".");
    }
  }

  public boolean hasWords() {
    return !words.isEmpty();
  }
}
