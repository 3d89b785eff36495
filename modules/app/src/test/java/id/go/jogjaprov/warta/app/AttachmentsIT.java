package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Files attached to releases: checked by content, stored whole or not at all, read like the
 * release.
 */
class AttachmentsIT extends WartaIT {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  static byte[] jpeg() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB), "jpg", out);
    return out.toByteArray();
  }

  private Response attach(String id, String user, String name, String type, byte[] content) {
    return api.upload(
        "/api/releases/"
            + id
            + "/attachments?name="
            + URLEncoder.encode(name, StandardCharsets.UTF_8),
        token(user),
        type,
        content);
  }

  private List<String> names(String id, String user) {
    return everyItem("/api/releases/" + id + "/attachments", token(user)).stream()
        .map(a -> a.getString("fileName"))
        .toList();
  }

  @Test
  void aPdfIsStoredWholeAndDownloadedAsItself() {
    String id = createDraft("staf.humas", "BIASA", "Dengan lampiran", "Isi.").getString("id");
    Response attached = attach(id, "staf.humas", "Jadwal Sekaten 2026.pdf", "application/pdf", PDF);
    assertEquals(201, attached.status(), attached.body());
    JsonObject file = attached.json();
    assertEquals("application/pdf", file.getString("mediaType"));
    assertEquals(PDF.length, file.getInt("size"));

    HttpResponse<byte[]> download =
        api.download(
            "/api/releases/" + id + "/attachments/" + file.getString("id"), token("kabid.humas"));
    assertEquals(200, download.statusCode());
    assertArrayEquals(PDF, download.body());
    assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(
        download
            .headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .startsWith("attachment; filename=\"Jadwal Sekaten 2026.pdf\""));
    assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
    byte[] large = new byte[3 * 1024 * 1024];
    System.arraycopy(PDF, 0, large, 0, PDF.length);
    Response big = attach(id, "staf.humas", "laporan tahunan.pdf", "application/pdf", large);
    assertEquals(201, big.status(), "a 3 MiB document is an ordinary one: " + big.body());
    assertEquals(
        List.of("Jadwal Sekaten 2026.pdf", "laporan tahunan.pdf"), names(id, "staf.humas"));
  }

  @Test
  void badFilesAreRefusedByContentAndNothingIsKept() throws IOException {
    String id = createDraft("staf.humas", "BIASA", "Lampiran buruk", "Isi.").getString("id");
    Response disguised = attach(id, "staf.humas", "laporan.pdf", "application/pdf", jpeg());
    assertEquals(400, disguised.status(), disguised.body());
    assertEquals("file", disguised.json().getString("field"));

    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 50; i++) {
        zip.write(zeros);
      }
    }
    Response bombed =
        attach(
            id,
            "staf.humas",
            "naskah.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            bomb.toByteArray());
    assertEquals(400, bombed.status(), bombed.body());
    assertTrue(bombed.json().getString("detail").contains("bom ZIP"));

    Response script =
        attach(
            id,
            "staf.humas",
            "skrip.pdf",
            "application/pdf",
            "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, script.status());

    Response tooLarge =
        attach(id, "staf.humas", "besar.pdf", "application/pdf", new byte[21 * 1024 * 1024]);
    assertEquals(413, tooLarge.status(), tooLarge.body());

    assertEquals(List.of(), names(id, "staf.humas"), "nothing half-saved");
  }

  @Test
  void anImageNeedsAltTextBeforeItGoesPublicAndThenAnyoneSeesIt() throws IOException {
    String id = createDraft("staf.humas", "BIASA", "Foto kegiatan", "Isi.").getString("id");
    Response photo = attach(id, "staf.humas", "kegiatan.jpg", "image/jpeg", jpeg());
    assertEquals(201, photo.status(), photo.body());
    String photoId = photo.json().getString("id");
    assertTrue(photo.json().getBoolean("image"));

    Response refused = api.post("/api/releases/" + id + "/submit", token("staf.humas"), "{}");
    assertEquals(409, refused.status(), refused.body());
    assertTrue(refused.json().getString("detail").contains("kegiatan.jpg"));

    Response described =
        api.put(
            "/api/releases/" + id + "/attachments/" + photoId,
            token("staf.humas"),
            "{\"altText\":\"Peserta pelatihan memotret di halaman Kepatihan\",\"caption\":\"Pelatihan\"}");
    assertEquals(200, described.status(), described.body());
    assertEquals(
        404,
        api.download("/api/public/attachments/" + photoId, null).statusCode(),
        "not yet public");

    publish(id, "staf.humas", "kabid.humas");
    assertEquals(
        409,
        attach(id, "staf.humas", "lagi.pdf", "application/pdf", PDF).status(),
        "a published release keeps its files");
    HttpResponse<byte[]> open = api.download("/api/public/attachments/" + photoId, null);
    assertEquals(200, open.statusCode());
    assertEquals("image/jpeg", open.headers().firstValue("Content-Type").orElseThrow());
    HttpResponse<byte[]> thumbnail =
        api.download("/api/public/attachments/" + photoId + "?thumbnail=true", null);
    assertEquals(200, thumbnail.statusCode());
    assertTrue(thumbnail.body().length < open.body().length);

    Response raised =
        api.post(
            "/api/releases/" + id + "/classification",
            token("kabid.humas"),
            "{\"level\":\"TERBATAS\",\"reason\":\"Wajah peserta belum disamarkan.\"}");
    assertEquals(200, raised.status(), raised.body());
    assertEquals(
        404,
        api.download("/api/public/attachments/" + photoId, null).statusCode(),
        "the file followed its release off the portal");
    assertEquals(
        404,
        api.download("/api/releases/" + id + "/attachments/" + photoId, token("staf.pariwisata"))
            .statusCode());
  }

  @Test
  void aClassifiedFileIsReadOnlyByThoseClearedAndEachReadIsRecorded() {
    String id = createDraft("kabid.humas", "RAHASIA", "Bahan rahasia", "Isi.").getString("id");
    String marker = "rahasia" + UUID.randomUUID().toString().substring(0, 8);
    Response attached = attach(id, "kabid.humas", marker + ".pdf", "application/pdf", PDF);
    assertEquals(201, attached.status(), attached.body());
    String file = attached.json().getString("id");

    Response list = api.get("/api/releases/" + id + "/attachments", token("staf.humas"));
    assertEquals(404, list.status());
    assertFalse(list.body().contains(marker));
    assertEquals(
        404,
        api.download("/api/releases/" + id + "/attachments/" + file, token("staf.humas"))
            .statusCode());
    assertEquals(404, api.download("/api/public/attachments/" + file, null).statusCode());

    assertEquals(
        200,
        api.download("/api/releases/" + id + "/attachments/" + file, token("kadis.kominfo"))
            .statusCode());
    assertTrue(
        everyItem("/api/audit?item=" + id + "&action=READ", token("auditor.inspektorat")).stream()
            .anyMatch(e -> e.getString("actor").equals("kadis.kominfo")),
        "the download is recorded");
  }
}
