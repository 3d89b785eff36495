package id.go.jogjaprov.warta.archives.internal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.archives.api.ExportStamp;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.Username;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

class Java2dImageStamperTest {

  private final Java2dImageStamper stamper = new Java2dImageStamper();

  private static ExportStamp stampFor(String viewer) {
    return new ExportStamp(
        UUID.randomUUID(), new Username(viewer), Instant.parse("2026-11-02T00:59:00Z"));
  }

  private static byte[] photo(String format, int type) throws IOException {
    BufferedImage image = new BufferedImage(640, 480, type);
    var g = image.createGraphics();
    g.setColor(new Color(0x33, 0x66, 0x99));
    g.fillRect(0, 0, 640, 480);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(image, format, out));
    return out.toByteArray();
  }

  private static String formatOf(byte[] image) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      return reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Pixels in the band at the top, where the marking is written in red. */
  private static long reddishAtTheTop(BufferedImage image) {
    long red = 0;
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight() / 14; y++) {
        Color pixel = new Color(image.getRGB(x, y));
        if (pixel.getRed() > 120 && pixel.getGreen() < 90 && pixel.getBlue() < 110) {
          red++;
        }
      }
    }
    return red;
  }

  @Test
  void aClassifiedPhotographIsMarkedAndStampedInItsOwnFormatAndSize() throws IOException {
    for (String format : new String[] {"jpeg", "png"}) {
      byte[] original = photo(format, BufferedImage.TYPE_INT_RGB);
      byte[] copy =
          stamper
              .stamped(original, "image/" + format, Classification.TERBATAS, stampFor("arsiparis"))
              .orElseThrow();
      assertEquals(format, formatOf(copy));
      BufferedImage stamped = ImageIO.read(new ByteArrayInputStream(copy));
      assertEquals(640, stamped.getWidth());
      assertEquals(480, stamped.getHeight());
      assertEquals(0, reddishAtTheTop(ImageIO.read(new ByteArrayInputStream(original))));
      assertTrue(reddishAtTheTop(stamped) > 100, format + ": the marking in red at the top");
    }
  }

  /**
   * A phone's photograph: stored on its side, green on the left and blue on the right, with EXIF
   * saying to turn it a quarter clockwise (orientation 6), so its reader sees green above blue.
   */
  private static byte[] turnedPhoto() throws IOException {
    BufferedImage stored = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    var g = stored.createGraphics();
    g.setColor(Color.GREEN);
    g.fillRect(0, 0, 320, 480);
    g.setColor(Color.BLUE);
    g.fillRect(320, 0, 320, 480);
    g.dispose();
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(stored, "jpeg", jpeg);
    byte[] plain = jpeg.toByteArray();
    byte[] exif = {
      (byte) 0xFF,
      (byte) 0xE1,
      0,
      34,
      'E',
      'x',
      'i',
      'f',
      0,
      0, // APP1, its length, "Exif"
      'M',
      'M',
      0,
      42,
      0,
      0,
      0,
      8, // big-endian TIFF, the first directory at 8
      0,
      1,
      1,
      0x12,
      0,
      3,
      0,
      0,
      0,
      1,
      0,
      6,
      0,
      0, // one entry: orientation (SHORT) = 6
      0,
      0,
      0,
      0 // no next directory
    };
    int afterApp0 = 4 + ((plain[4] & 0xFF) << 8 | (plain[5] & 0xFF));
    ByteArrayOutputStream withExif = new ByteArrayOutputStream();
    withExif.write(plain, 0, afterApp0);
    withExif.write(exif);
    withExif.write(plain, afterApp0, plain.length - afterApp0);
    return withExif.toByteArray();
  }

  @Test
  void aPhotographStoredOnItsSideIsStampedTheWayItsReaderSawIt() throws IOException {
    byte[] copy =
        stamper
            .stamped(turnedPhoto(), "image/jpeg", Classification.TERBATAS, stampFor("arsiparis"))
            .orElseThrow();
    BufferedImage stamped = ImageIO.read(new ByteArrayInputStream(copy));
    assertEquals(480, stamped.getWidth(), "upright: as wide as the stored image was high");
    assertEquals(640, stamped.getHeight());
    Color above = new Color(stamped.getRGB(60, 200));
    Color below = new Color(stamped.getRGB(420, 480));
    assertTrue(above.getGreen() > 150 && above.getBlue() < 100, "green above: " + above);
    assertTrue(below.getBlue() > 150 && below.getGreen() < 100, "blue below: " + below);
    assertTrue(reddishAtTheTop(stamped) > 100, "the marking at the top of the upright copy");
  }

  @Test
  void eachCopyCarriesItsOwnReaderAndExportId() throws IOException {
    byte[] original = photo("png", BufferedImage.TYPE_INT_RGB);
    byte[] one =
        stamper
            .stamped(original, "image/png", Classification.RAHASIA, stampFor("arsiparis"))
            .orElseThrow();
    byte[] other =
        stamper
            .stamped(original, "image/png", Classification.RAHASIA, stampFor("kabid.humas"))
            .orElseThrow();
    assertFalse(Arrays.equals(one, other), "two readers, two different copies");
  }

  @Test
  void whatCannotBeStampedIsSaidSo() throws IOException {
    ExportStamp stamp = stampFor("arsiparis");
    assertTrue(
        stamper
            .stamped(
                photo("gif", BufferedImage.TYPE_BYTE_INDEXED),
                "image/gif",
                Classification.TERBATAS,
                stamp)
            .isEmpty(),
        "another format");
    assertTrue(
        stamper
            .stamped(
                "bukan gambar".getBytes(StandardCharsets.UTF_8),
                "image/jpeg",
                Classification.TERBATAS,
                stamp)
            .isEmpty(),
        "not an image");
    BufferedImage huge = new BufferedImage(8000, 6000, BufferedImage.TYPE_BYTE_BINARY);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(huge, "png", out);
    assertTrue(
        stamper.stamped(out.toByteArray(), "image/png", Classification.TERBATAS, stamp).isEmpty(),
        "more pixels than are opened safely, though the file is small: " + out.size() + " bytes");
  }
}
