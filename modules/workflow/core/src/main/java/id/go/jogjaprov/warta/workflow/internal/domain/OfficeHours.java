package id.go.jogjaprov.warta.workflow.internal.domain;

import id.go.jogjaprov.warta.kernel.OfficeTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The office's working hours in Yogyakarta, written as {@code MON-FRI 07:30-16:00} (setting {@code
 * warta.office-hours}; Ramadan hours differ, so the office sets them). Serta-merta information
 * published outside them needs the agency head's approval too.
 */
public record OfficeHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {

  public static final String DEFAULT = "MON-FRI 07:30-16:00";

  public OfficeHours {
    days = Set.copyOf(days);
    if (days.isEmpty() || !opens.isBefore(closes)) {
      throw new IllegalArgumentException("office hours need a day and opening before closing");
    }
  }

  /** Reads {@code MON-FRI 07:30-16:00} or {@code MON 07:30-16:00}. */
  public static OfficeHours parse(String text) {
    try {
      String[] parts = text.strip().split("\\s+");
      String[] dayRange = parts[0].split("-");
      String[] timeRange = parts[1].split("-");
      DayOfWeek first = day(dayRange[0]);
      DayOfWeek last = day(dayRange[dayRange.length - 1]);
      Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      for (DayOfWeek d = first; ; d = d.plus(1)) {
        days.add(d);
        if (d == last) {
          break;
        }
      }
      return new OfficeHours(days, LocalTime.parse(timeRange[0]), LocalTime.parse(timeRange[1]));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "warta.office-hours must read like " + DEFAULT + ", not: " + text, e);
    }
  }

  private static DayOfWeek day(String abbreviation) {
    return EnumSet.allOf(DayOfWeek.class).stream()
        .filter(d -> d.name().startsWith(abbreviation.toUpperCase(java.util.Locale.ROOT)))
        .filter(d -> abbreviation.length() >= 2)
        .findFirst()
        .orElseThrow(() -> new DateTimeParseException("not a day", abbreviation, 0));
  }

  /**
   * The close of the {@code days}-th working day after {@code from}: a review handed in on Friday
   * with two days to go is due on Tuesday at closing time.
   */
  public Instant closeOfWorkingDay(Instant from, int days) {
    LocalDate date = from.atZone(OfficeTime.ZONE).toLocalDate();
    for (int counted = 0; counted < days; ) {
      date = date.plusDays(1);
      if (this.days.contains(date.getDayOfWeek())) {
        counted++;
      }
    }
    return date.atTime(closes).atZone(OfficeTime.ZONE).toInstant();
  }

  /** Whether {@code instant} falls within the office's hours, in Yogyakarta's time. */
  public boolean contains(Instant instant) {
    ZonedDateTime local = instant.atZone(OfficeTime.ZONE);
    LocalTime time = local.toLocalTime();
    return days.contains(local.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
  }
}
