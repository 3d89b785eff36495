package id.go.jogjaprov.warta.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitPathTest {

  private static final UnitPath DISKOMINFO = UnitPath.of("/Pemda DIY/Diskominfo DIY");
  private static final UnitPath HUMAS = UnitPath.of("/Pemda DIY/Diskominfo DIY/Bidang Humas");

  @Test
  void aUnitContainsItselfAndTheUnitsBelowIt() {
    assertTrue(DISKOMINFO.contains(DISKOMINFO));
    assertTrue(DISKOMINFO.contains(HUMAS));
    assertFalse(HUMAS.contains(DISKOMINFO), "a unit below does not see the unit above");
  }

  @Test
  void aUnitWhoseNameMerelyStartsTheSameIsNotContained() {
    assertFalse(DISKOMINFO.contains(UnitPath.of("/Pemda DIY/Diskominfo DIY Lama")));
  }

  @Test
  void theNameIsTheLastSegment() {
    assertEquals("Bidang Humas", HUMAS.name());
    assertEquals(3, HUMAS.segments().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "Pemda DIY", "/Pemda DIY/", "/Pemda DIY//Humas", "/a|b"})
  void malformedPathsAreRefused(String path) {
    assertThrows(InvalidInputException.class, () -> UnitPath.of(path));
  }
}
