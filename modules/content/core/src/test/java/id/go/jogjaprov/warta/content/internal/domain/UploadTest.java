package id.go.jogjaprov.warta.content.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.kernel.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class UploadTest {

  private static final long MAX = 20L * 1024 * 1024;

  static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] image(String format, int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
    return out.toByteArray();
  }

  static byte[] zip(String[][] entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String[] entry : entries) {
        zip.putNextEntry(new ZipEntry(entry[0]));
        zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static byte[] docx() throws IOException {
    return zip(
        new String[][] {
          {"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w:document/>"}
        });
  }

  @Test
  void eachAllowedKindIsRecognisedByItsContent() throws IOException {
    assertEquals(FileKind.PDF, Upload.of("siaran.pdf", pdf(), MAX).kind());
    assertEquals(FileKind.DOCX, Upload.of("naskah.docx", docx(), MAX).kind());
    assertEquals(
        FileKind.ODT,
        Upload.of(
                "naskah.odt",
                zip(
                    new String[][] {
                      {"mimetype", "application/vnd.oasis.opendocument.text"},
                      {"content.xml", "<office:document-content/>"}
                    }),
                MAX)
            .kind());
    assertEquals(FileKind.JPEG, Upload.of("foto.JPG", image("jpg", 40, 30), MAX).kind());
    assertEquals(FileKind.PNG, Upload.of("bagan.png", image("png", 40, 30), MAX).kind());
  }

  @Test
  void aJpegNamedPdfIsRefusedAndANameWithoutExtensionGetsTheRightOne() throws IOException {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> Upload.of("laporan.pdf", image("jpg", 10, 10), MAX));
    assertEquals("file", refused.field().orElseThrow());
    assertTrue(refused.getMessage().contains("JPEG"), refused.getMessage());
    assertEquals("laporan.jpg", Upload.of("laporan", image("jpg", 10, 10), MAX).fileName());
  }

  @Test
  void otherKindsAreRefusedWhateverTheyAreCalled() throws IOException {
    byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    byte[] spreadsheet =
        zip(new String[][] {{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<w/>"}});
    for (byte[] content : new byte[][] {script, html, spreadsheet}) {
      assertThrows(InvalidInputException.class, () -> Upload.of("surat.pdf", content, MAX));
      assertThrows(InvalidInputException.class, () -> Upload.of("surat", content, MAX));
    }
  }

  @Test
  void aZipBombDressedAsADocxIsRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 20; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> Upload.of("bom.docx", out.toByteArray(), MAX));
    assertTrue(refused.getMessage().contains("bom ZIP"), refused.getMessage());
  }

  @Test
  void anImageTooLargeToDecodeIsRefusedBeforeDecoding() {
    byte[] header = pngHeader(30_000, 30_000);
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> Upload.of("besar.png", header, MAX));
    assertTrue(refused.getMessage().contains("terlalu besar"), refused.getMessage());
  }

  @Test
  void imagesGetAThumbnailAndDocumentsNone() throws IOException {
    Upload photo = Upload.of("foto.png", image("png", 1600, 900), MAX);
    BufferedImage thumbnail =
        ImageIO.read(new ByteArrayInputStream(photo.thumbnailBytes().orElseThrow()));
    assertEquals(Upload.THUMBNAIL_WIDTH, thumbnail.getWidth());
    assertEquals(180, thumbnail.getHeight());
    assertFalse(Upload.of("siaran.pdf", pdf(), MAX).thumbnailBytes().isPresent());
  }

  @Test
  void aFileOverTheLimitOrEmptyIsRefused() {
    assertThrows(InvalidInputException.class, () -> Upload.of("siaran.pdf", pdf(), 10));
    assertThrows(InvalidInputException.class, () -> Upload.of("siaran.pdf", new byte[0], MAX));
  }

  @Test
  void aNameLosesItsPathQuotesAndControlCharacters() {
    assertEquals("passwd.pdf", Upload.fileName("../../etc/passwd.pdf"));
    assertEquals("a b.pdf", Upload.fileName("C:\\Temp\\a\u0000 \"b\".pdf"));
    assertEquals("lampiran.pdf", Upload.fileName(".pdf"));
  }

  /** A PNG signature and header that announce an image of the given size, and nothing more. */
  private static byte[] pngHeader(int width, int height) {
    ByteBuffer chunk = ByteBuffer.allocate(17);
    chunk.put("IHDR".getBytes(StandardCharsets.US_ASCII));
    chunk.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0);
    chunk.put((byte) 0).put((byte) 0);
    CRC32 crc = new CRC32();
    crc.update(chunk.array());
    ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
    png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
    png.putInt(13).put(chunk.array()).putInt((int) crc.getValue());
    return png.array();
  }
}
