package id.go.jogjaprov.warta.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.jogjaprov.warta.kernel.MessageKey;
import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void datesAreWesternIndonesianTimeWhateverTheServersZone() {
    TimeZone server = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
    try {
      // 20.30 UTC on the 31st is 03.30 on New Year's Day in Yogyakarta.
      assertEquals(
          "1 Jan 2027 03.30 WIB",
          Dates.format(Instant.parse("2026-12-31T20:30:00Z"), MessageKey.INDONESIAN));
      assertEquals(
          "29 Des 2026 14.06 WIB",
          Dates.format(Instant.parse("2026-12-29T07:06:00Z"), MessageKey.INDONESIAN));
      assertEquals(
          "29 Dec 2026 14:06 WIB",
          Dates.format(Instant.parse("2026-12-29T07:06:00Z"), MessageKey.ENGLISH));
      assertEquals("", Dates.format(null, MessageKey.ENGLISH));
    } finally {
      TimeZone.setDefault(server);
    }
  }
}
