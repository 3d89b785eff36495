package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a search is narrowed to; an empty part narrows nothing. Dates are the office's calendar days
 * (WIB), both ends included; a unit includes the units below it; a level only ever narrows within
 * what the reader may read.
 */
public record ArchiveFilters(
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<UnitPath> unit,
    Optional<ReleaseType> type,
    Optional<Classification> level) {

  public static final ArchiveFilters NONE =
      new ArchiveFilters(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public ArchiveFilters {
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new InvalidInputException("to", ArchivesApiMessages.SEARCH_DATES_REVERSED);
    }
  }

  /**
   * The filters as people and links write them: dates as a year ({@code 2024}), a month ({@code
   * 2024-03}) or a day ({@code 2024-03-05}), {@code from} meaning its first day and {@code to} its
   * last; a unit by its path; a type and a level by name. Blank means none.
   */
  public static ArchiveFilters parse(
      String from, String to, String unit, String type, String level) {
    return new ArchiveFilters(
        period("from", from).map(Period::first),
        period("to", to).map(Period::last),
        value("unit", unit, UnitPath::of),
        value("type", type, ReleaseType::valueOf),
        value("level", level, Classification::valueOf));
  }

  private record Period(LocalDate first, LocalDate last) {}

  private static Optional<Period> period(String field, String text) {
    return value(
        field,
        text,
        value ->
            switch (value.length()) {
              case 4 -> {
                Year year = Year.parse(value);
                yield new Period(year.atDay(1), year.atMonth(12).atEndOfMonth());
              }
              case 7 -> {
                YearMonth month = YearMonth.parse(value);
                yield new Period(month.atDay(1), month.atEndOfMonth());
              }
              default -> {
                LocalDate day = LocalDate.parse(value);
                yield new Period(day, day);
              }
            });
  }

  private static <T> Optional<T> value(String field, String text, Function<String, T> parse) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(text.strip()));
    } catch (InvalidInputException e) {
      throw e.about(field);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new InvalidInputException(field, ArchivesApiMessages.SEARCH_FILTER_INVALID, text);
    }
  }
}
