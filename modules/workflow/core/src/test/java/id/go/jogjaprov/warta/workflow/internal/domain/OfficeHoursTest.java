package id.go.jogjaprov.warta.workflow.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OfficeHoursTest {

  private static final OfficeHours DEFAULT = OfficeHours.parse(OfficeHours.DEFAULT);

  @Test
  void hoursAreYogyakartasWhateverTheServersZone() {
    // Monday 30 November 2026: 00.30 UTC is 07.30 WIB, the office opens.
    assertTrue(DEFAULT.contains(Instant.parse("2026-11-30T00:30:00Z")));
    assertFalse(DEFAULT.contains(Instant.parse("2026-11-30T00:29:59Z")));
    // 09.00 UTC is 16.00 WIB: closed.
    assertFalse(DEFAULT.contains(Instant.parse("2026-11-30T09:00:00Z")));
    assertTrue(DEFAULT.contains(Instant.parse("2026-11-30T08:59:59Z")));
    // Saturday at ten in the morning, and Sunday evening UTC, which is Monday 01.00 WIB.
    assertFalse(DEFAULT.contains(Instant.parse("2026-11-28T03:00:00Z")));
    assertFalse(DEFAULT.contains(Instant.parse("2026-11-29T18:00:00Z")));
  }

  @Test
  void aReviewIsDueAtTheCloseOfItsSecondWorkingDay() {
    // Handed in on Friday 27 November at 10.00 WIB: due Tuesday 1 December at 16.00 WIB.
    assertEquals(
        Instant.parse("2026-12-01T09:00:00Z"),
        DEFAULT.closeOfWorkingDay(Instant.parse("2026-11-27T03:00:00Z"), 2));
    // Handed in on Saturday: Monday and Tuesday count.
    assertEquals(
        Instant.parse("2026-12-01T09:00:00Z"),
        DEFAULT.closeOfWorkingDay(Instant.parse("2026-11-28T03:00:00Z"), 2));
    // Sunday 18.00 UTC is already Monday in Yogyakarta: Tuesday and Wednesday count.
    assertEquals(
        Instant.parse("2026-12-02T09:00:00Z"),
        DEFAULT.closeOfWorkingDay(Instant.parse("2026-11-29T18:00:00Z"), 2));
  }

  @Test
  void theOfficeSetsItsOwnHoursSuchAsDuringRamadan() {
    OfficeHours ramadan = OfficeHours.parse("mon-fri 08:00-14:00");
    assertFalse(ramadan.contains(Instant.parse("2026-11-30T00:30:00Z")), "07.30 is too early");
    assertTrue(ramadan.contains(Instant.parse("2026-11-30T06:59:00Z")));
    assertTrue(
        OfficeHours.parse("SAT 08:00-12:00").contains(Instant.parse("2026-11-28T03:00:00Z")));
    for (String wrong : new String[] {"", "weekdays", "MON-FRI 16:00-07:30", "X-FRI 07:30-16:00"}) {
      assertThrows(IllegalArgumentException.class, () -> OfficeHours.parse(wrong), wrong);
    }
  }
}
