package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.LinkParameters;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.PlainText;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A search of the archives: words in Indonesian (stemmed, so {@code latih} finds {@code pelatihan};
 * quotes, {@code -word} and {@code OR} work as on the web), filters, an order, how to count, and a
 * page. Blank words list the newest records. {@code asOf}: the moment the search's first page was
 * answered, so that its later pages leave out records archived since and do not shift while records
 * arrive (a paging matter, not part of the search's link).
 */
public record ArchiveQuery(
    String words,
    ArchiveFilters filters,
    ArchiveSort sort,
    ArchiveCounting counting,
    PageRequest page,
    Optional<Instant> asOf) {

  public static final int MAX_PAGE_SIZE = 100;
  public static final int MAX_WORDS_LENGTH = 500;

  /**
   * Every parameter of a search link, in the order links give them: words, filters, order,
   * counting.
   */
  public static final java.util.List<String> PARAMETERS =
      java.util.stream.Stream.of(
              java.util.stream.Stream.of("q"),
              ArchiveFilters.PARAMETERS.stream(),
              java.util.stream.Stream.of("sort", "counts"))
          .flatMap(s -> s)
          .toList();

  /** The paging parameter that keeps a search's later pages as the first one counted them. */
  public static final String AS_OF = "asOf";

  public ArchiveQuery {
    words =
        PlainText.characters(words, "q", ArchivesApiMessages.FIELD_SEARCH_WORDS, MAX_WORDS_LENGTH);
    words = words == null ? "" : words;
    java.util.Objects.requireNonNull(filters, "filters");
    java.util.Objects.requireNonNull(sort, "sort");
    java.util.Objects.requireNonNull(counting, "counting");
    java.util.Objects.requireNonNull(asOf, "asOf");
    if (page.size() > MAX_PAGE_SIZE) {
      throw new InvalidInputException(
          "size", ArchivesApiMessages.SEARCH_PAGE_TOO_LARGE, MAX_PAGE_SIZE);
    }
  }

  /**
   * A search as links and the API ask it, by parameter name: {@code q}, {@code sort} ({@code
   * relevance}, {@code newest}), {@code counts} ({@code approximate}, {@code exact}), the {@link
   * ArchiveFilters#PARAMETERS} and {@link #AS_OF} (an ISO instant); a missing one is {@code null}.
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
        choice("sort", asked.apply("sort"), ArchiveSort.class, ArchiveSort.RELEVANCE),
        choice("counts", asked.apply("counts"), ArchiveCounting.class, ArchiveCounting.APPROXIMATE),
        page,
        moment(asked.apply(AS_OF)));
  }

  /** A search counted the default way, paged from now. */
  public ArchiveQuery(String words, ArchiveFilters filters, ArchiveSort sort, PageRequest page) {
    this(words, filters, sort, ArchiveCounting.APPROXIMATE, page, Optional.empty());
  }

  /** Words alone, the best match first. */
  public ArchiveQuery(String words, PageRequest page) {
    this(words, ArchiveFilters.NONE, ArchiveSort.RELEVANCE, page);
  }

  /** The same search counted exactly. */
  public ArchiveQuery countedExactly() {
    return new ArchiveQuery(words, filters, sort, ArchiveCounting.EXACT, page, asOf);
  }

  /** The same search paged as of {@code moment} (its first page's). */
  public ArchiveQuery asOf(Instant moment) {
    return new ArchiveQuery(words, filters, sort, counting, page, Optional.of(moment));
  }

  /** An order or a way of counting as a link writes it, in any case; blank is {@code fallback}. */
  private static <E extends Enum<E>> E choice(
      String parameter, String text, Class<E> choices, E fallback) {
    return LinkParameters.optional(
            parameter,
            text,
            value -> Enum.valueOf(choices, value.toUpperCase(Locale.ROOT)),
            ArchivesApiMessages.SEARCH_FILTER_INVALID)
        .orElse(fallback);
  }

  private static Optional<Instant> moment(String text) {
    return LinkParameters.optional(
        AS_OF, text, Instant::parse, ArchivesApiMessages.SEARCH_FILTER_INVALID);
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
    return new ArchiveQuery(words.toString(), filters, sort, counting, page, asOf);
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
