package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.CalendarPeriod;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.LinkParameters;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which public releases to list: a unit (with the units below it), a type, a tag, and the office's
 * days they were published on, both ends included. An empty part narrows nothing; none of them ever
 * widens the list beyond what is public.
 */
public record PublicReleaseFilter(
    Optional<UnitPath> unit,
    Optional<ReleaseType> type,
    Optional<String> tag,
    Optional<LocalDate> from,
    Optional<LocalDate> to) {

  /** The parameters a public list is narrowed by, as links and the open-data API name them. */
  public static final List<String> PARAMETERS = List.of("unit", "type", "tag", "from", "to");

  public static final PublicReleaseFilter NONE =
      new PublicReleaseFilter(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public PublicReleaseFilter {
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new InvalidInputException("to", ContentApiMessages.PUBLIC_FILTER_DATES_REVERSED);
    }
  }

  /**
   * The filters as links give them, by {@link #PARAMETERS} name: {@code unit} a unit path, {@code
   * type} by name, {@code tag} as written, {@code from} and {@code to} as 2024, 2024-03 or
   * 2024-03-05. A value that does not parse is refused naming its parameter.
   */
  public static PublicReleaseFilter parse(Map<String, String> asked) {
    return new PublicReleaseFilter(
        value("unit", asked.get("unit"), UnitPath::of),
        value("type", asked.get("type"), ReleaseType::valueOf),
        value("tag", asked.get("tag"), ReleaseMetadata::tagSpelling),
        value("from", asked.get("from"), CalendarPeriod::parse).map(CalendarPeriod::first),
        value("to", asked.get("to"), CalendarPeriod::parse).map(CalendarPeriod::last));
  }

  private static <T> Optional<T> value(String field, String text, Function<String, T> parse) {
    return LinkParameters.optional(field, text, parse, ContentApiMessages.PUBLIC_FILTER_INVALID);
  }
}
