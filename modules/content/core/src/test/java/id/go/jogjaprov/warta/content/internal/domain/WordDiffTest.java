package id.go.jogjaprov.warta.content.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.jogjaprov.warta.content.api.RevisionDiff.Change;
import id.go.jogjaprov.warta.content.api.RevisionDiff.Segment;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTest {

  @Test
  void aChangedWordIsRemovedAndAddedWhileTheRestIsShared() {
    assertEquals(
        List.of(
            new Segment(Change.SAME, "Pelatihan "),
            new Segment(Change.REMOVED, "humas"),
            new Segment(Change.ADDED, "kehumasan"),
            new Segment(Change.SAME, " digelar di Yogyakarta.")),
        WordDiff.between(
            "Pelatihan humas digelar di Yogyakarta.",
            "Pelatihan kehumasan digelar di Yogyakarta."));
  }

  @Test
  void theSegmentsRebuildBothTexts() {
    String older = "Gunung Merapi berstatus Siaga (Level III); warga diminta tenang.";
    String newer = "Status Gunung Merapi naik menjadi Awas (Level IV). Warga diminta mengungsi.";
    List<Segment> segments = WordDiff.between(older, newer);
    assertEquals(older, side(segments, Change.REMOVED));
    assertEquals(newer, side(segments, Change.ADDED));
  }

  @Test
  void aMissingTextIsEmpty() {
    assertEquals(
        List.of(new Segment(Change.ADDED, "Teras baru")), WordDiff.between(null, "Teras baru"));
    assertEquals(List.of(), WordDiff.between(null, null));
  }

  @Test
  void equalTextsAreOneSharedSegment() {
    assertEquals(
        List.of(new Segment(Change.SAME, "Sama saja.")),
        WordDiff.between("Sama saja.", "Sama saja."));
  }

  @Test
  void aCodeChangesAsAWhole() {
    assertEquals(
        List.of(new Segment(Change.REMOVED, "PRESS_RELEASE"), new Segment(Change.ADDED, "NEWS")),
        WordDiff.whole("PRESS_RELEASE", "NEWS"));
    assertEquals(List.of(new Segment(Change.SAME, "NEWS")), WordDiff.whole("NEWS", "NEWS"));
  }

  private static String side(List<Segment> segments, Change own) {
    return segments.stream()
        .filter(s -> s.change() == Change.SAME || s.change() == own)
        .map(Segment::text)
        .collect(Collectors.joining());
  }
}
