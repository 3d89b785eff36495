package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.content.api.Language;
import id.go.jogjaprov.warta.content.api.ReleaseMetadata;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.CalendarPeriod;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.LinkParameters;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a search is narrowed to; an empty part narrows nothing. Dates are the office's calendar days
 * (WIB), both ends included; a unit includes the units below it; a tag is matched in its one
 * spelling (lower case, single spaces); a level only ever narrows within what the reader may read.
 */
public record ArchiveFilters(
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<UnitPath> unit,
    Optional<ReleaseType> type,
    Optional<String> tag,
    Optional<Language> language,
    Optional<Classification> level) {

  /** The parameters a search is narrowed by, as links and the API name them. */
  public static final List<String> PARAMETERS =
      List.of("from", "to", "unit", "type", "tag", "language", "level");

  public static final ArchiveFilters NONE =
      new ArchiveFilters(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  public ArchiveFilters {
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new InvalidInputException("to", ArchivesApiMessages.SEARCH_DATES_REVERSED);
    }
  }

  /**
   * The filters as people and links give them, by {@link #PARAMETERS} name: {@code from} and {@code
   * to} as 2024, 2024-03 or 2024-03-05; {@code unit} a unit path; {@code type}, {@code language}
   * and {@code level} by name; {@code tag} as written. A value that does not parse is refused
   * naming its parameter.
   */
  public static ArchiveFilters parse(Map<String, String> asked) {
    return new ArchiveFilters(
        value("from", asked.get("from"), CalendarPeriod::parse).map(CalendarPeriod::first),
        value("to", asked.get("to"), CalendarPeriod::parse).map(CalendarPeriod::last),
        value("unit", asked.get("unit"), UnitPath::of),
        value("type", asked.get("type"), ReleaseType::valueOf),
        value("tag", asked.get("tag"), ReleaseMetadata::tagSpelling),
        value("language", asked.get("language"), Language::valueOf),
        value("level", asked.get("level"), Classification::valueOf));
  }

  private static <T> Optional<T> value(String field, String text, Function<String, T> parse) {
    return LinkParameters.optional(field, text, parse, ArchivesApiMessages.SEARCH_FILTER_INVALID);
  }
}
