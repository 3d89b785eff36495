package id.go.jogjaprov.warta.content.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.content.internal.ContentMessages;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextTest {

  private static String body(String html) {
    return RichText.required(html, "body", ContentMessages.FIELD_BODY, 10_000);
  }

  @Test
  void theEditorsFormattingIsKept() {
    String html =
        "<h2>Sekaten 2026</h2><p class=\"ql-align-center\"><strong>Alun-alun</strong> dan"
            + " <em>Masjid Gedhe</em>, <u>Senin</u> <s>Minggu</s>.</p>"
            + "<blockquote>Kutipan Sultan</blockquote>"
            + "<p><a href=\"https://jogjaprov.go.id/berita\">jogjaprov.go.id</a></p>";
    String kept = body(html);
    assertTrue(kept.contains("<h2>Sekaten 2026</h2>"), kept);
    assertTrue(kept.contains("<p class=\"ql-align-center\"><strong>Alun-alun</strong>"), kept);
    assertTrue(kept.contains("<em>Masjid Gedhe</em>"), kept);
    assertTrue(kept.contains("<blockquote>Kutipan Sultan</blockquote>"), kept);
    assertTrue(
        kept.contains(
            "<a href=\"https://jogjaprov.go.id/berita\" rel=\"noopener noreferrer nofollow\">"),
        kept);
  }

  @Test
  void quillBulletListsBecomeBulletListsAndItsMarkersGo() {
    String kept =
        body(
            "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Satu</li>"
                + "<li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Dua</li></ol>"
                + "<ol><li data-list=\"ordered\" class=\"ql-indent-1\">Pertama</li></ol>");
    assertEquals(
        "<ul><li>Satu</li><li>Dua</li></ul><ol><li class=\"ql-indent-1\">Pertama</li></ol>", kept);
  }

  @Test
  void pastedFontsColoursAndUnknownClassesAreDroppedQuietly() {
    assertEquals(
        "<p>Teks <b>tebal</b></p>",
        body(
            "<p class=\"MsoNormal ql-size-huge\" style=\"color: red; font-family: Calibri\">"
                + "<span style=\"font-size: 20px\">Teks</span> <b style=\"color: blue\">tebal</b></p>"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<p>Halo</p><script>alert(1)</script>",
        "<p onclick=\"alert(1)\">Klik</p>",
        "<p><a href=\"javascript:alert(1)\">tautan</a></p>",
        "<p><a href=\" JaVaScRiPt:alert(1)\">tautan</a></p>",
        "<p><a href=\"java&#x09;script:alert(1)\">tautan</a></p>",
        "<p><a href=\"data:text/html;base64,PHNjcmlwdD4=\">tautan</a></p>",
        "<p><img src=\"https://contoh.example/lacak.png\"></p>",
        "<p><img src=\"x\" onerror=\"alert(1)\"></p>",
        "<iframe src=\"https://contoh.example\"></iframe>",
        "<p style=\"background: url(https://contoh.example/lacak)\">Teks</p>",
        "<svg><circle r=\"1\"/></svg>",
        "<form action=\"https://contoh.example\"><p>Isi</p></form>",
        "<style>p { color: red }</style><p>Teks</p>"
      })
  void anythingThatRunsLoadsOrFetchesIsRefusedNamingTheField(String hostile) {
    InvalidInputException refused = assertThrows(InvalidInputException.class, () -> body(hostile));
    assertEquals("body", refused.field().orElseThrow());
  }

  @Test
  void plainTextBecomesEscapedParagraphs() {
    assertEquals(
        "<p>Baris satu<br>baris dua 3 &lt; 5 &amp; tiga</p><p>Paragraf kedua</p>",
        body("Baris satu\nbaris dua 3 < 5 & tiga\n\n\nParagraf kedua"));
  }

  @Test
  void anEmptyEditorIsAMissingBody() {
    assertThrows(InvalidInputException.class, () -> body("<p><br></p>"));
    assertThrows(InvalidInputException.class, () -> body("   "));
  }

  @Test
  void aBodyTooLongOrWithControlCharactersIsRefused() {
    assertThrows(InvalidInputException.class, () -> body("<p>" + "a".repeat(10_001) + "</p>"));
    assertThrows(InvalidInputException.class, () -> body("<p>nul\u0000</p>"));
  }

  @Test
  void theTextOfABodyHasOneParagraphPerBlock() {
    assertEquals(
        "Judul\n\nSatu dua\ntiga\n\nButir",
        RichText.text(
            "<h2>Judul</h2><p>Satu <strong>dua</strong><br>tiga</p><ul><li>Butir</li></ul>"));
    assertFalse(RichText.text("<p>a &lt;b&gt;</p>").contains("&lt;"));
  }

  @Test
  void unfinishedWorkIsCleanedNotRefused() {
    assertEquals(
        "<p>Setengah jadi</p>",
        RichText.cleaned(
            "<p onclick=\"alert(1)\">Setengah jadi</p><script>alert(1)</script>",
            "body",
            ContentMessages.FIELD_BODY,
            1000));
    assertEquals(null, RichText.cleaned("  ", "body", ContentMessages.FIELD_BODY, 1000));
  }
}
