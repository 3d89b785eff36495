package id.go.jogjaprov.warta.archives.internal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.archives.api.ImportProblem;
import id.go.jogjaprov.warta.archives.internal.domain.ImportRow;
import id.go.jogjaprov.warta.archives.internal.domain.ImportRows;
import id.go.jogjaprov.warta.archives.internal.domain.PostImages;
import id.go.jogjaprov.warta.archives.internal.domain.UnreadableImportFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WxrRowsTest {

  private static List<ImportRow> rows(InputStream file) throws IOException {
    List<ImportRow> rows = new ArrayList<>();
    try (ImportRows read = new WxrRows(file)) {
      read.forEachRemaining(rows::add);
    }
    return rows;
  }

  private static List<ImportRow> sample() throws IOException {
    return rows(WxrRowsTest.class.getResourceAsStream("/imports/humas-lama.wxr.xml"));
  }

  private static InputStream xml(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void postsAreRowsNumberedInFileOrderWhilePagesAndAttachmentsArePassedOver() throws IOException {
    List<ImportRow> rows = sample();
    assertEquals(4, rows.size());
    assertEquals(List.of(1L, 2L, 3L, 4L), rows.stream().map(ImportRow::number).toList());
    assertEquals(
        List.of(
            "wxr:https://humas.jogjaprov.go.id/?p=101",
            "wxr:https://humas.jogjaprov.go.id/?p=103",
            "wxr:https://humas.jogjaprov.go.id/?p=104",
            "wxr:https://humas.jogjaprov.go.id/?p=105"),
        rows.stream().map(ImportRow::key).toList());
  }

  @Test
  void aPostNamesTheAttachmentItFeaturesAndTheFileOfEachAttachmentIsNotedWhereverItStands()
      throws IOException {
    List<ImportRow> rows = new ArrayList<>();
    Map<String, PostImages.Attachment> attachments;
    try (ImportRows read =
        new WxrRows(WxrRowsTest.class.getResourceAsStream("/imports/humas-lama.wxr.xml"))) {
      read.forEachRemaining(rows::add);
      attachments = read.attachments();
    }
    assertEquals(Optional.of("106"), rows.get(0).value(ImportRow.FEATURED_IMAGE));
    assertEquals(Optional.of("102"), rows.get(3).value(ImportRow.FEATURED_IMAGE));
    assertEquals(Optional.empty(), rows.get(1).value(ImportRow.FEATURED_IMAGE));
    assertEquals(
        Map.of(
            "102",
            new PostImages.Attachment("2019/03/logo.png", Optional.empty(), Optional.empty()),
            "106",
            new PostImages.Attachment(
                "2019/03/pelatihan-scaled.jpg",
                Optional.of("Peserta pelatihan menghadap layar proyektor"),
                Optional.of("Perangkat desa berlatih di Balai Desa Panggungharjo"))),
        attachments,
        "the file as WordPress noted it, else as its address says (the attachment after the post"
            + " too); its alternative text and its caption as words");
  }

  @Test
  void aPublishedPostCarriesItsTitleWordsDatesAuthorAndTopics() throws IOException {
    ImportRow post = sample().get(0);
    assertEquals(
        "Pemda DIY Gelar Pelatihan Literasi Digital bagi Perangkat Desa",
        post.value(ImportRow.TITLE).orElseThrow());
    assertTrue(post.value(ImportRow.BODY).orElseThrow().contains("<strong>cakap digital</strong>"));
    assertTrue(post.value(ImportRow.BODY).orElseThrow().contains("\n\nPelatihan berlangsung"));
    assertEquals(
        "Perangkat desa dilatih literasi digital.", post.value(ImportRow.LEAD).orElseThrow());
    assertEquals("2019-03-04T03:06:07Z", post.value(ImportRow.PUBLISHED).orElseThrow());
    assertEquals("redaksi", post.value(ImportRow.AUTHOR).orElseThrow());
    assertEquals("Berita;Literasi  Digital;Desa", post.value(ImportRow.TAGS).orElseThrow());
    assertTrue(post.problem().isEmpty());
  }

  @Test
  void withoutItsUtcDateAPostKeepsItsOfficeTimeAndTheDefaultCategoryIsNoTopic() throws IOException {
    ImportRow post = sample().get(3);
    assertEquals("2021-06-01 08:30:00", post.value(ImportRow.PUBLISHED).orElseThrow());
    assertEquals("Pariwisata, Budaya", post.value(ImportRow.TAGS).orElseThrow());
  }

  @Test
  void draftsAndPasswordProtectedPostsAreRowsWithTheirProblem() throws IOException {
    List<ImportRow> rows = sample();
    assertEquals(ImportProblem.NOT_PUBLISHED, rows.get(1).problem().orElseThrow().problem());
    assertEquals("draft", rows.get(1).problem().orElseThrow().detail());
    assertEquals(ImportProblem.PASSWORD_PROTECTED, rows.get(2).problem().orElseThrow().problem());
  }

  @Test
  void aFileThatBreaksOffIsUnreadableAtItsLine() {
    String broken =
        "<rss>\n<channel>\n<item><title>Satu</title><wp:post_type xmlns:wp=\"http://wordpress.org/export/1.2/\">post</wp:post_type></item>\n<item><title>Dua</title>\n</channel>";
    UnreadableImportFile e = assertThrows(UnreadableImportFile.class, () -> rows(xml(broken)));
    assertEquals(5, e.line());
  }

  @Test
  void noExternalEntityIsEverRead() {
    String hostile =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
            + "<rss><channel><item><title>&secret;</title><content:encoded"
            + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">isi</content:encoded>"
            + "</item></channel></rss>";
    try {
      List<ImportRow> rows = rows(xml(hostile));
      assertFalse(
          rows.get(0).value(ImportRow.TITLE).orElse("").contains("root:"),
          "the entity is not resolved");
    } catch (UnreadableImportFile | IOException refused) {
      // refusing the file is as good
    }
  }

  @Test
  void aFileThatIsNoXmlAtAllIsUnreadable() {
    assertThrows(UnreadableImportFile.class, () -> rows(xml("id,title\n1,Judul\n")));
  }
}
