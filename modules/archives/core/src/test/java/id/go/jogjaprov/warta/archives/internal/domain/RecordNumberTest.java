package id.go.jogjaprov.warta.archives.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordNumberTest {

  @Test
  void aNumberCarriesTheYearAndARandomCodeThatCountsNothing() {
    String number = RecordNumber.next(2026);
    assertTrue(
        number.matches(
            "ARSIP/2026/[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"),
        number);
  }

  @Test
  void codesDoNotRepeat() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      codes.add(RecordNumber.next(2026));
    }
    assertEquals(100_000, codes.size(), "no two of 100,000 codes are alike");
  }
}
