package id.go.jogjaprov.warta.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {

  private static final List<Integer> FORTY_FIVE = IntStream.range(0, 45).boxed().toList();

  @Test
  void aPageCutFromAListKnowsTheWholeAndWhatFollows() {
    Page<Integer> second = Page.of(FORTY_FIVE, new PageRequest(1, 20));
    assertEquals(List.of(20, 21, 22), second.items().subList(0, 3));
    assertEquals(45, second.total());
    assertTrue(second.hasNext());
    assertEquals(2, second.lastPage());
    Page<Integer> last = Page.of(FORTY_FIVE, new PageRequest(2, 20));
    assertEquals(5, last.items().size());
    assertFalse(last.hasNext());
  }

  @Test
  void aPageBeyondTheEndIsEmptyNotAnError() {
    Page<Integer> beyond = Page.of(FORTY_FIVE, new PageRequest(9, 20));
    assertEquals(0, beyond.items().size());
    assertEquals(45, beyond.total());
  }

  @Test
  void sizesOutsideTheLimitAreRefusedNamingTheParameter() {
    assertEquals(
        "size",
        assertThrows(InvalidInputException.class, () -> new PageRequest(0, 0))
            .field()
            .orElseThrow());
    assertEquals(
        "size",
        assertThrows(
                InvalidInputException.class, () -> new PageRequest(0, PageRequest.MAX_SIZE + 1))
            .field()
            .orElseThrow());
    assertEquals(
        "page",
        assertThrows(InvalidInputException.class, () -> new PageRequest(-1, 20))
            .field()
            .orElseThrow());
    assertEquals(
        "page",
        assertThrows(
                InvalidInputException.class,
                () -> new PageRequest(20_000_000, PageRequest.MAX_SIZE))
            .field()
            .orElseThrow(),
        "no page so far that its offset overflows");
  }
}
