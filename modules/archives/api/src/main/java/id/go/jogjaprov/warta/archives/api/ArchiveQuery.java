package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.PlainText;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A search of the archives: words in Indonesian (stemmed, so {@code latih} finds {@code pelatihan};
 * quotes, {@code -word} and {@code OR} work as on the web), filters, an order and a page. Blank
 * words list the newest records.
 */
public record ArchiveQuery(
    String words, ArchiveFilters filters, ArchiveSort sort, PageRequest page) {

  public static final int MAX_PAGE_SIZE = 100;
  public static final int MAX_WORDS_LENGTH = 500;

  /** Every parameter of a search link, in the order links give them: words, filters, order. */
  public static final java.util.List<String> PARAMETERS =
      java.util.stream.Stream.of(
              java.util.stream.Stream.of("q"),
              ArchiveFilters.PARAMETERS.stream(),
              java.util.stream.Stream.of("sort"))
          .flatMap(s -> s)
          .toList();

  public ArchiveQuery {
    words =
        PlainText.characters(words, "q", ArchivesApiMessages.FIELD_SEARCH_WORDS, MAX_WORDS_LENGTH);
    words = words == null ? "" : words;
    java.util.Objects.requireNonNull(filters, "filters");
    java.util.Objects.requireNonNull(sort, "sort");
    if (page.size() > MAX_PAGE_SIZE) {
      throw new InvalidInputException(
          "size", ArchivesApiMessages.SEARCH_PAGE_TOO_LARGE, MAX_PAGE_SIZE);
    }
  }

  /**
   * A search as links and the API ask it, by parameter name: {@code q}, {@code sort} and the {@link
   * ArchiveFilters#PARAMETERS}; a missing one is {@code null}.
   */
  public static ArchiveQuery parse(Function<String, String> asked, PageRequest page) {
    Map<String, String> filters = new HashMap<>();
    for (String name : ArchiveFilters.PARAMETERS) {
      String value = asked.apply(name);
      if (value != null) {
        filters.put(name, value);
      }
    }
    return new ArchiveQuery(
        asked.apply("q"),
        ArchiveFilters.parse(filters),
        ArchiveSort.parse(asked.apply("sort")),
        page);
  }

  /** Words alone, the best match first. */
  public ArchiveQuery(String words, PageRequest page) {
    this(words, ArchiveFilters.NONE, ArchiveSort.RELEVANCE, page);
  }

  /**
   * The same search forgiving misspelt words: each word of five letters or more, outside quotes and
   * not excluded, matches words one letter off (two from eight letters up), as names of people and
   * places are often written ({@code Hamengkubuwana}, {@code Hamengkubuwono}). Asked when the words
   * as written find nothing.
   */
  public ArchiveQuery forgivingSpelling() {
    StringBuilder words = new StringBuilder();
    String[] quoted = this.words.split("\"", -1);
    for (int i = 0; i < quoted.length; i++) {
      if (i > 0) {
        words.append('"');
      }
      words.append(
          i % 2 == 1
              ? quoted[i]
              : MISSPELLABLE
                  .matcher(quoted[i])
                  .replaceAll(word -> word.group() + (word.group().length() >= 8 ? "~2" : "~1")));
    }
    return new ArchiveQuery(words.toString(), filters, sort, page);
  }

  /**
   * A word that may be misspelt: five letters or more, not excluded, not already fuzzy or a prefix.
   */
  private static final java.util.regex.Pattern MISSPELLABLE =
      java.util.regex.Pattern.compile(
          "(?<![-\\p{L}\\p{N}~*])\\p{L}[\\p{L}\\p{N}]{4,}(?![\\p{L}\\p{N}~*])");

  /** Whether hits come newest first: when asked, and when there are no words to rank by. */
  public boolean newestFirst() {
    return sort == ArchiveSort.NEWEST || !hasWords();
  }

  public boolean hasWords() {
    return !words.isEmpty();
  }
}
