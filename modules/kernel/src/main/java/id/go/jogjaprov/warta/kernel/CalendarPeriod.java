package id.go.jogjaprov.warta.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * A run of the office's calendar days, both ends included, as people write one in a link: a year
 * ({@code 2024}), a month ({@code 2024-03}) or a day ({@code 2024-03-05}).
 */
public record CalendarPeriod(LocalDate first, LocalDate last) {

  /**
   * The period a link names.
   *
   * @throws java.time.DateTimeException when it names none
   */
  public static CalendarPeriod parse(String text) {
    return switch (text.length()) {
      case 4 -> {
        Year year = Year.parse(text);
        yield new CalendarPeriod(year.atDay(1), year.atMonth(12).atEndOfMonth());
      }
      case 7 -> {
        YearMonth month = YearMonth.parse(text);
        yield new CalendarPeriod(month.atDay(1), month.atEndOfMonth());
      }
      default -> {
        LocalDate day = LocalDate.parse(text);
        yield new CalendarPeriod(day, day);
      }
    };
  }

  /** The first moment of a day in the office's time zone. */
  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(OfficeTime.ZONE).toInstant();
  }
}
