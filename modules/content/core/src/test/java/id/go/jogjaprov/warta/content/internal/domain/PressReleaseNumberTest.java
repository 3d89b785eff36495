package id.go.jogjaprov.warta.content.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.jogjaprov.warta.kernel.UnitPath;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PressReleaseNumberTest {

  @Test
  void theUnitIsNamedByWhatItIsNotByItsKind() {
    assertEquals(
        "HUMAS",
        PressReleaseNumber.unitCode(UnitPath.of("/Pemda DIY/Diskominfo DIY/Bidang Humas")));
    assertEquals(
        "PARIWISATA", PressReleaseNumber.unitCode(UnitPath.of("/Pemda DIY/Dinas Pariwisata")));
    assertEquals(
        "DISKOMINFO-DIY", PressReleaseNumber.unitCode(UnitPath.of("/Pemda DIY/Diskominfo DIY")));
  }

  @Test
  void theMonthIsARomanNumeral() {
    assertEquals(
        "123/HUMAS/XI/2026", PressReleaseNumber.format(123, "HUMAS", LocalDate.of(2026, 11, 29)));
    assertEquals("1/HUMAS/I/2027", PressReleaseNumber.format(1, "HUMAS", LocalDate.of(2027, 1, 1)));
  }
}
