package id.go.jogjaprov.warta.content.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.content.api.Disposition;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemesTest {

  private static Schemes shipped() {
    return Schemes.read(
        SchemesTest.class.getResourceAsStream("/schemes/subject-codes.json"),
        SchemesTest.class.getResourceAsStream("/schemes/retention.json"));
  }

  @Test
  void theShippedSchemesGiveEveryTypeADefault() {
    Schemes schemes = shipped();
    assertEquals("487.1", schemes.subjectCode(null, Optional.of(ReleaseType.PRESS_RELEASE)));
    assertEquals("HUM-03", schemes.retentionCode(" ", Optional.of(ReleaseType.ANNOUNCEMENT)));
    assertEquals(
        Disposition.PERMANEN,
        schemes.retentionRules().stream()
            .filter(r -> r.code().equals("HUM-01"))
            .findFirst()
            .orElseThrow()
            .disposition());
    assertTrue(schemes.subjectCodes().size() > 10);
  }

  @Test
  void aCodeOutsideTheSchemeIsRefusedNamingTheField() {
    Schemes schemes = shipped();
    assertEquals(
        "subjectCode",
        assertThrows(
                InvalidInputException.class,
                () -> schemes.subjectCode("999.9", Optional.of(ReleaseType.NEWS)))
            .field()
            .orElseThrow());
    assertEquals(
        "retentionCode",
        assertThrows(
                InvalidInputException.class, () -> schemes.retentionCode("X", Optional.empty()))
            .field()
            .orElseThrow());
    assertNull(
        schemes.subjectCode(null, Optional.empty()), "a change without a code keeps its own");
  }

  @Test
  void aSchemeThatContradictsItselfIsRefusedWhenRead() {
    String codes =
        "{\"codes\":[{\"code\":\"487\",\"title\":\"A\"},{\"code\":\"487\",\"title\":\"B\"}]}";
    assertThrows(
        IllegalStateException.class,
        () ->
            Schemes.read(
                new ByteArrayInputStream(codes.getBytes(StandardCharsets.UTF_8)),
                SchemesTest.class.getResourceAsStream("/schemes/retention.json")));
  }
}
