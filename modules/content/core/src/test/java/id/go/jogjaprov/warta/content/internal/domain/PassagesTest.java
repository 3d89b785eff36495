package id.go.jogjaprov.warta.content.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassagesTest {

  @Test
  void sentencesOfSixWordsOrMoreAreComparedAndShortPhrasesAreNot() {
    String text =
        "Pemerintah Daerah DIY.\n"
            + "Gubernur meresmikan jembatan baru di Kulon Progo pagi ini. Acara berlangsung lancar!"
            + " Warga menyambut jembatan itu dengan gembira; lalu lintas kembali normal.";
    assertEquals(
        List.of(
            "Gubernur meresmikan jembatan baru di Kulon Progo pagi ini.",
            "Warga menyambut jembatan itu dengan gembira;"),
        Passages.of(text));
  }

  @Test
  void theClosestSentenceOfTheSourceIsTheOneSharingMostWords() {
    String source =
        "Nilai kontrak mencapai empat puluh dua miliar. Relokasi kantor ke Wonosari ditunda"
            + " sampai anggaran perubahan disahkan.";
    assertEquals(
        "Relokasi kantor ke Wonosari ditunda sampai anggaran perubahan disahkan.",
        Passages.closestIn(source, "Rencana relokasi kantor ke Wonosari ditunda dulu."));
  }

  @Test
  void noTextHasNoPassages() {
    assertEquals(List.of(), Passages.of(null));
    assertEquals("", Passages.closestIn("", "apa saja"));
  }
}
