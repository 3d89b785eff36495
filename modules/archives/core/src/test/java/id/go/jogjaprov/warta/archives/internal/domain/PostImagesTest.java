package id.go.jogjaprov.warta.archives.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostImagesTest {

  @Test
  void anAttachmentIsDescribedInPlainBoundedWordsAndBlankWordsAreNone() {
    PostImages.Attachment described =
        PostImages.Attachment.described(
            "2019/03/a.jpg", "  " + "a".repeat(700) + " ", "<p>Tugu <b>Pal Putih</b></p>");
    assertEquals(Optional.of("a".repeat(PostImages.DESCRIPTION_LENGTH)), described.alt());
    assertEquals(Optional.of("Tugu Pal Putih"), described.caption());
    PostImages.Attachment bare = PostImages.Attachment.described("2019/03/a.jpg", " ", null);
    assertEquals(Optional.empty(), bare.alt());
    assertEquals(Optional.empty(), bare.caption());
  }

  @Test
  void aPostShowsTheImagesOfItsSiteUploadsByTheirPathBelowTheFolder() {
    String html =
        "<p>Pelatihan <img src=\"https://lama.example/wp-content/uploads/2019/03/foto-300x200.jpg\""
            + " alt=\" Peserta pelatihan \"></p>"
            + "<img src='/wp-content/uploads/2019/03/denah%20baru.png?ver=2'>"
            + "<img src=\"https://lama.example/wp-content/uploads/2019/03/foto-300x200.jpg\">"
            + "<img src=\"https://cdn.lain.example/iklan.gif\">"
            + "<img src=\"https://lama.example/myuploads/x.jpg\">"
            + "<img src=\"data:image/png;base64,AAAA\">";

    List<PostImages.Shown> shown = PostImages.shownIn(html);

    assertEquals(
        List.of(
            new PostImages.Shown(
                "2019/03/foto-300x200.jpg", Optional.of("Peserta pelatihan"), Optional.empty()),
            new PostImages.Shown("2019/03/denah baru.png", Optional.empty(), Optional.empty())),
        shown,
        "each once, decoded, without its query; other sites' images and data are not the site's");
    assertEquals(
        List.of("2019/03/foto-300x200.jpg", "2019/03/foto.jpg"), shown.get(0).candidates());
    assertEquals(List.of("2019/03/denah baru.png"), shown.get(1).candidates());
    assertEquals(List.of(), PostImages.shownIn(null));
  }

  @Test
  void aCaptionedImageKeepsItsCaptionAndTheShortcodesTagsLeaveTheText() {
    String html =
        "[caption id=\"attachment_7\" align=\"aligncenter\" width=\"300\"]<a"
            + " href=\"/wp-content/uploads/2019/03/kirab.jpg\"><img"
            + " src=\"/wp-content/uploads/2019/03/kirab-300x200.jpg\" alt=\"Kirab\"></a> Kirab"
            + " budaya di <em>Malioboro</em>[/caption]\n"
            + "<p>Teks berita.</p>[gallery ids=\"4,5\"]\n"
            + "[caption id=\"attachment_9\" caption=\"Peta &amp; jalur\"]<img"
            + " src=\"/wp-content/uploads/2019/03/peta.png\">[/caption]"
            + "<img src=\"/wp-content/uploads/2019/03/lain.png\">";

    assertEquals(
        List.of(
            new PostImages.Shown(
                "2019/03/kirab-300x200.jpg",
                Optional.of("Kirab"),
                Optional.of("Kirab budaya di Malioboro")),
            new PostImages.Shown("2019/03/peta.png", Optional.empty(), Optional.of("Peta & jalur")),
            new PostImages.Shown("2019/03/lain.png", Optional.empty(), Optional.empty())),
        PostImages.shownIn(html));
    String text = PostImages.withoutShortcodes(html);
    assertFalse(text.contains("caption") || text.contains("gallery"), text);
    assertTrue(text.contains("Kirab budaya di <em>Malioboro</em>"), text);
    assertEquals(
        "Harga [naik] 5%", PostImages.withoutShortcodes("Harga [naik] 5%"), "other brackets stay");
  }

  @Test
  void anEntryOfAZipIsNamedByItsPathBelowTheUploadsFolder() {
    assertEquals(
        "2019/03/foto.jpg",
        PostImages.pathOfEntry("situs-lama/wp-content/uploads/2019/03/foto.jpg"));
    assertEquals("2019/03/foto.jpg", PostImages.pathOfEntry("uploads\\2019\\03\\foto.jpg"));
    assertEquals("2019/03/foto.jpg", PostImages.pathOfEntry("./2019/03/foto.jpg"));
    assertEquals("../../etc/passwd", PostImages.pathOfEntry("../../etc/passwd"), "compared only");
  }

  @Test
  void anImageIsKnownByItsFirstBytesNotByItsName() {
    assertEquals(
        Optional.of(PostImages.Kind.JPEG),
        PostImages.Kind.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
    assertEquals(
        Optional.of(PostImages.Kind.PNG),
        PostImages.Kind.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
    assertEquals(
        Optional.of(PostImages.Kind.WEBP),
        PostImages.Kind.of(new byte[] {'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P'}));
    assertEquals(Optional.empty(), PostImages.Kind.of("<svg onload=alert(1)>".getBytes()));
    assertEquals(Optional.empty(), PostImages.Kind.of(new byte[0]));
  }
}
