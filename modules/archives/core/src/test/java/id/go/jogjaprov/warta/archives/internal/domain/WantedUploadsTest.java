package id.go.jogjaprov.warta.archives.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WantedUploadsTest {

  private static ImportRow post(long number, String body, String featured) {
    return new ImportRow(
        number,
        "wxr:" + number,
        featured == null
            ? Map.of(ImportRow.BODY, body)
            : Map.of(ImportRow.BODY, body, ImportRow.FEATURED_IMAGE, featured));
  }

  @Test
  void shownImagesAreWantedByPathAndFeaturedOnesByTheirAttachmentOnceItsFileIsKnown() {
    WantedUploads wanted = new WantedUploads();
    wanted.read(post(1, "<img src=\"/wp-content/uploads/2019/03/a-300x200.jpg\">", "7"));
    wanted.read(post(2, "<p>Tanpa gambar.</p>", "8"));
    wanted.read(post(3, "<p>Tanpa gambar.</p>", "99"));
    PostImages.Attachment described =
        PostImages.Attachment.described("2019/04/b.png", "Tugu Yogyakarta", " ");
    wanted.resolve(
        Map.of(
            "7",
            PostImages.Attachment.described("2019/03/a.jpg", null, null),
            "8",
            described,
            "5",
            PostImages.Attachment.described("2019/01/c.gif", "Logo", "")));

    assertEquals(
        Set.of("2019/03/a-300x200.jpg", "2019/03/a.jpg", "2019/04/b.png"),
        wanted.paths(),
        "an attachment no post features and one the export lacks are not wanted");
    assertEquals(
        List.of("2019/03/a.jpg", "wp-featured/7/2019/03/a.jpg"),
        wanted.keysOf("2019/03/a.jpg"),
        "shown (as the original of a resized copy) and featured: kept under both keys");
    assertEquals(List.of("wp-featured/8/2019/04/b.png"), wanted.keysOf("2019/04/b.png"));
    assertEquals(List.of(), wanted.keysOf("2019/01/c.gif"));
    assertEquals(Optional.of(described), wanted.featuredAt("wp-featured/8/2019/04/b.png"));
    assertEquals(Optional.empty(), wanted.featuredAt("2019/03/a.jpg"), "shown, not featured");
  }
}
