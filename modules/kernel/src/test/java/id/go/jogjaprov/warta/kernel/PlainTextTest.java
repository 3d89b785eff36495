package id.go.jogjaprov.warta.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void textIsTrimmedAndLineBreaksStay() {
    assertEquals(
        "Baris satu\nbaris dua\tdua",
        PlainText.required("  Baris satu\nbaris dua\tdua ", "body", SampleFields.BODY, 100));
  }

  @Test
  void aNulCharacterIsRefusedNamingTheField() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> PlainText.required("Judul\u0000", "title", SampleFields.TITLE, 300));
    assertEquals("title", refused.field().orElseThrow());
  }

  @Test
  void otherControlCharactersAreRefused() {
    assertThrows(
        InvalidInputException.class,
        () -> PlainText.optional("bel\u0007", "lead", SampleFields.LEAD, 10));
    assertThrows(
        InvalidInputException.class,
        () -> PlainText.optional("esc\u001b[31m", "lead", SampleFields.LEAD, 20));
  }

  @Test
  void requiredTextMayNotBeBlankAndOptionalBlankIsNull() {
    assertEquals(
        "title",
        assertThrows(
                InvalidInputException.class,
                () -> PlainText.required("  ", "title", SampleFields.TITLE, 300))
            .field()
            .orElseThrow());
    assertNull(PlainText.optional("  ", "lead", SampleFields.LEAD, 300));
  }

  @Test
  void textLongerThanItsLimitIsRefused() {
    assertThrows(
        InvalidInputException.class,
        () -> PlainText.required("x".repeat(301), "title", SampleFields.TITLE, 300));
  }

  @Test
  void markupIsRefusedInPlainTextButComparisonsAreNot() {
    for (String markup :
        new String[] {"<b>Judul</b>", "Judul </p>", "a <!-- komentar -->", "< script>", "<?xml"}) {
      assertEquals(
          "title",
          assertThrows(
                  InvalidInputException.class,
                  () -> PlainText.required(markup, "title", SampleFields.TITLE, 300),
                  markup)
              .field()
              .orElseThrow());
    }
    assertEquals(
        "Inflasi < 3% & PDRB > 5%",
        PlainText.required("Inflasi < 3% & PDRB > 5%", "title", SampleFields.TITLE, 300));
    assertEquals(
        "<b>tebal</b>", PlainText.characters("<b>tebal</b>", "body", SampleFields.BODY, 300));
  }
}
