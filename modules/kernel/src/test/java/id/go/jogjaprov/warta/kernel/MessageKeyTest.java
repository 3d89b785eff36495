package id.go.jogjaprov.warta.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageKeyTest {

  @Test
  void aFailureSpeaksIndonesianByDefaultAndEnglishWhenAsked() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> PlainText.required("x".repeat(1201), "title", SampleFields.TITLE, 1200));

    assertEquals("Judul melebihi 1200 karakter.", refused.getMessage());
    assertEquals("Judul melebihi 1200 karakter.", refused.message(MessageKey.INDONESIAN));
    assertEquals("Title is longer than 1200 characters.", refused.message(Locale.UK));
    assertEquals("Invalid input", refused.title(Locale.ENGLISH));
    assertEquals("Masukan tidak sah", refused.title(MessageKey.INDONESIAN));
  }

  @Test
  void aLanguageWartaDoesNotSpeakGetsIndonesianNotTheMachinesLanguage() {
    Locale machine = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    try {
      assertEquals(
          "Isi wajib diisi.", KernelMessages.FIELD_REQUIRED.in(Locale.JAPANESE, SampleFields.BODY));
      assertEquals("Isi wajib diisi.", KernelMessages.FIELD_REQUIRED.in(null, SampleFields.BODY));
    } finally {
      Locale.setDefault(machine);
    }
  }

  @Test
  void theFirstLanguageWartaSpeaksWinsAndIndonesianOtherwise() {
    assertEquals(
        Locale.ENGLISH,
        MessageKey.firstSpoken(List.of(Locale.FRENCH, Locale.UK, MessageKey.INDONESIAN)));
    assertEquals(
        MessageKey.INDONESIAN,
        MessageKey.firstSpoken(List.of(Locale.forLanguageTag("id-ID"), Locale.ENGLISH)));
    assertEquals(MessageKey.INDONESIAN, MessageKey.firstSpoken(List.of(Locale.JAPANESE)));
    assertEquals(MessageKey.INDONESIAN, MessageKey.firstSpoken(List.of()));
  }
}
