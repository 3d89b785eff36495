package id.go.jogjaprov.warta.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClassificationTest {

  @Test
  void levelsRiseFromBiasaToSangatRahasia() {
    assertEquals(Classification.BIASA, Classification.ofLevel(1));
    assertEquals(Classification.SANGAT_RAHASIA, Classification.ofLevel(4));
    assertThrows(IllegalArgumentException.class, () -> Classification.ofLevel(0));
  }

  @Test
  void theMarkingIsTheLabelInCapitals() {
    assertEquals("SANGAT RAHASIA", Classification.SANGAT_RAHASIA.marking());
    assertEquals("Terbatas", Classification.TERBATAS.label());
  }
}
