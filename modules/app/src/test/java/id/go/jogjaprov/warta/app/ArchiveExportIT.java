package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Archive material taken out of Warta, through the API and the officials' pages: a record as a PDF
 * marked and stamped for its reader on every page, a search's hits as CSV stamped on every row,
 * each classified copy traceable in the audit trail by its export id; Sangat Rahasia view-only;
 * nothing for someone who may not read it.
 */
class ArchiveExportIT extends WartaIT {

  private static final Pattern EXPORT_ID =
      Pattern.compile("ekspor ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

  @Test
  void aRahasiaRecordPrintsMarkedAndStampedAndItsExportIsAudited()
      throws IOException, SQLException {
    String marker = "cetakuji" + UUID.randomUUID().toString().substring(0, 8);
    String release =
        createDraft("kabid.humas", "RAHASIA", "Kajian " + marker, body(marker, 150))
            .getString("id");
    publishClassified(release, "kabid.humas", "kadis.kominfo", "sekda.diy");
    String record = recordOf(marker, "arsiparis");

    HttpResponse<byte[]> pdf =
        api.download("/api/archive/records/" + record + "/export.pdf", token("arsiparis"));

    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
    List<String> pages = pages(pdf.body());
    assertTrue(pages.size() >= 2, "the long record runs over pages");
    String exportId = exportId(pages.get(0));
    for (int i = 0; i < pages.size(); i++) {
      String page = pages.get(i);
      assertEquals(2, count(page, "RAHASIA"), "marked at the top and bottom of page " + i);
      assertTrue(page.contains("arsiparis"), "the reader's name on page " + i);
      assertTrue(page.contains(exportId), "the export id on page " + i);
    }
    assertTrue(pages.get(0).contains("Kajian " + marker));
    assertEquals(
        1,
        countAsOwner(
            "select count(*) from access.audit_record where action = 'EXPORT' and item_id = ?"
                + " and actor = 'arsiparis' and detail = ?",
            record,
            "PDF, ekspor " + exportId),
        "the export is in the audit trail under the id the copy carries");
    JsonObject entry =
        api.get("/api/audit?item=" + record + "&action=EXPORT", token("auditor.inspektorat"))
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("arsiparis", entry.getString("actor"));
    assertTrue(entry.getBoolean("detailWithheld"), "the export id is above a Biasa auditor");

    String again =
        exportId(
            pages(
                    api.download(
                            "/api/archive/records/" + record + "/export.pdf", token("arsiparis"))
                        .body())
                .get(0));
    assertNotEquals(exportId, again, "every copy has its own id");

    Response missing =
        api.get("/api/archive/records/" + UUID.randomUUID() + "/export.pdf", token("staf.humas"));
    for (String outsider : List.of("staf.humas", "staf.pariwisata", "kabid.pariwisata")) {
      Response refused = api.get("/api/archive/records/" + record + "/export.pdf", token(outsider));
      assertEquals(404, refused.status(), outsider);
      assertFalse(refused.body().contains(marker), outsider);
      assertEquals(
          uuidFree(missing.body()),
          uuidFree(refused.body()),
          outsider + " cannot tell a refused record from a missing one");
    }
    assertEquals(401, api.get("/api/archive/records/" + record + "/export.pdf", null).status());
  }

  /**
   * A Terbatas release of Bidang Humas with one file attached ({@code attachment}: the upload's
   * query), published; its id.
   */
  private String terbatasWithFile(
      String title, String marker, String attachment, String mediaType, byte[] content) {
    String release = createDraft("staf.humas", "TERBATAS", title, body(marker, 2)).getString("id");
    Response attached =
        api.upload(
            "/api/releases/" + release + "/attachments?" + attachment,
            token("staf.humas"),
            mediaType,
            content);
    assertEquals(201, attached.status(), attached.body());
    publish(release, "staf.humas", "kabid.humas");
    return release;
  }

  /** The first file a record keeps, as {@code reader} reads it. */
  private JsonObject firstFile(String record, String reader) {
    return api.get("/api/archive/records/" + record, token(reader))
        .json()
        .getJsonArray("files")
        .getJsonObject(0);
  }

  @Test
  void aRecordKeepsTheFilesItsReleasePublishedAndGivesThemOnlyToItsReaders() throws Exception {
    String marker = "berkasuji" + UUID.randomUUID().toString().substring(0, 8);
    byte[] minutes = onePagePdf("Notulen rapat koordinasi");
    String release =
        terbatasWithFile(
            "Notulen " + marker, marker, "name=notulen%20rapat.pdf", "application/pdf", minutes);
    String record = recordOf(marker, "arsiparis");

    JsonObject kept = firstFile(record, "arsiparis");
    assertEquals("notulen rapat.pdf", kept.getString("fileName"));
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(minutes)),
        kept.getString("sha256"),
        "the checksum of what was published");
    String file = "/api/" + kept.getString("download");
    assertEquals("/api/archive/records/" + record + "/files/" + kept.getString("id"), file);

    HttpResponse<byte[]> copy = api.download(file, token("arsiparis"));
    assertEquals(200, copy.statusCode());
    String exportId;
    try (PDDocument stamped = Loader.loadPDF(copy.body())) {
      String text = new PDFTextStripper().getText(stamped);
      assertTrue(text.contains("Notulen rapat koordinasi"), "the file itself: " + text);
      assertTrue(text.contains("TERBATAS") && text.contains("arsiparis"), "marked, stamped");
      exportId = exportId(text);
    }
    assertEquals("application/pdf", copy.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        copy.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    assertEquals(
        1,
        countAsOwner(
            "select count(*) from access.audit_record where action = 'EXPORT' and item_id = ?"
                + " and actor = 'arsiparis' and detail = ?",
            record,
            "berkas notulen rapat.pdf, ekspor " + exportId),
        "a classified file taken out is in the audit trail under the id its copy carries");
    PageSession archivist = PageSession.signedIn("arsiparis");
    String page = archivist.get("/app/archive-record.xhtml?id=" + record).body();
    assertTrue(page.contains("class=\"record-file\"") && page.contains("notulen rapat.pdf"), page);
    assertTrue(
        archivist
            .get("/app/archive-export/file?id=" + record + "&file=" + kept.getString("id"))
            .body()
            .startsWith("%PDF-"),
        "the page's link gives the file");
    assertEquals(200, api.download(file, token("staf.humas")).statusCode(), "its own unit");

    for (String outsider : List.of("staf.pariwisata", "kabid.pariwisata", "auditor.inspektorat")) {
      assertEquals(404, api.download(file, token(outsider)).statusCode(), outsider);
    }
    assertEquals(
        404,
        api.download(
                "/api/archive/records/" + record + "/files/" + UUID.randomUUID(),
                token("arsiparis"))
            .statusCode());
    assertEquals(
        404,
        api.download(
                "/api/archive/records/" + UUID.randomUUID() + "/files/" + kept.getString("id"),
                token("arsiparis"))
            .statusCode(),
        "a file is reached through its own record only");

    Response raised =
        api.post(
            "/api/releases/" + release + "/classification",
            token("kabid.humas"),
            "{\"level\":\"RAHASIA\",\"reason\":\"Memuat rute pengamanan.\"}");
    assertEquals(200, raised.status(), raised.body());
    assertEquals(
        404,
        api.download(file, token("staf.humas")).statusCode(),
        "the record's file follows its record's classification at once");
    assertEquals(200, api.download(file, token("kabid.humas")).statusCode());

    // Behind Warta's back, with Warta's own database role: a file is neither emptied, nor
    // labelled apart from its record, nor deleted.
    refusedToWartasRole(
        Stream.of(
                "update archives.record_file set content = null",
                "update archives.record_file set level = 1",
                "update archives.record_file set file_name = 'lain.pdf'",
                "delete from archives.record_file")
            .map(change -> change + " where record_id = '" + record + "'")
            .toList());
    assertEquals(
        1,
        countAsOwner(
            "select count(*) from archives.record_file where record_id = ? and content = ?",
            UUID.fromString(record),
            minutes),
        "the record keeps the file as it was published; readers get stamped copies");
  }

  @Test
  void aClassifiedRecordsPhotographGoesOutMarkedAndStampedForItsReader() throws Exception {
    String marker = "fotouji" + UUID.randomUUID().toString().substring(0, 8);
    byte[] photo = AttachmentsIT.jpeg();
    terbatasWithFile(
        "Pengamanan " + marker,
        marker,
        "name=pos-jaga.jpg&alt=Pos%20jaga%20di%20gerbang",
        "image/jpeg",
        photo);
    String record = recordOf(marker, "arsiparis");
    JsonObject kept = firstFile(record, "arsiparis");

    HttpResponse<byte[]> copy =
        api.download("/api/" + kept.getString("download"), token("arsiparis"));
    assertEquals(200, copy.statusCode());
    assertEquals("image/jpeg", copy.headers().firstValue("Content-Type").orElse(""));
    BufferedImage stamped = ImageIO.read(new ByteArrayInputStream(copy.body()));
    assertEquals(800, stamped.getWidth(), "a photograph of its own size");
    assertEquals(600, stamped.getHeight());
    assertFalse(Arrays.equals(photo, copy.body()), "not the file as published");
    assertEquals(
        1,
        countAsOwner(
            "select count(*) from access.audit_record where action = 'EXPORT' and item_id = ?"
                + " and actor = 'arsiparis' and detail like 'berkas pos-jaga.jpg, ekspor %'"
                + " and detail not like '%tanpa cap%'",
            record),
        "taken out stamped, under its export id");
    assertEquals(
        1,
        countAsOwner(
            "select count(*) from archives.record_file where record_id = ? and content = ?",
            UUID.fromString(record),
            photo),
        "the record keeps the photograph as it was published");
  }

  @Test
  void sangatRahasiaRecordsAreViewOnly() throws SQLException {
    String marker = "lihatsaja" + UUID.randomUUID().toString().substring(0, 8);
    String release =
        createDraft("kadis.kominfo", "SANGAT_RAHASIA", "Telaah " + marker, body(marker, 2))
            .getString("id");
    api.upload(
        "/api/releases/" + release + "/attachments?name=telaah.pdf",
        token("kadis.kominfo"),
        "application/pdf",
        AttachmentsIT.PDF);
    publishClassified(release, "kadis.kominfo", "sekda.diy", "asisten.sekda");
    String record = recordOf(marker, "sekda.diy");
    JsonObject kept = firstFile(record, "sekda.diy");
    assertFalse(kept.containsKey("download"), "its file is listed, not offered");
    assertEquals(
        403,
        api.get(
                "/api/archive/records/" + record + "/files/" + kept.getString("id"),
                token("sekda.diy"))
            .status());

    Response refused =
        api.get("/api/archive/records/" + record + "/export.pdf", token("sekda.diy"));

    assertEquals(403, refused.status(), refused.body());
    assertEquals(PROBLEMS + "not-permitted", refused.json().getString("type"));
    assertTrue(refused.json().getString("detail").contains("Sangat Rahasia"), refused.body());
    assertEquals(200, api.get("/api/archive/records/" + record, token("sekda.diy")).status());
    PageSession sekda = PageSession.signedIn("sekda.diy");
    String page = sekda.get("/app/archive-record.xhtml?id=" + record).body();
    assertTrue(page.contains("id=\"view-only\""), "the page says it is view-only");
    assertFalse(page.contains("export-pdf"), "and offers no download");
    assertTrue(
        page.contains("telaah.pdf") && !page.contains("class=\"record-file\""),
        "of its file either");
    assertEquals(
        403, sekda.get("/app/archive-export/record.pdf?id=" + record).statusCode(), "nor by hand");
    assertEquals(
        0,
        countAsOwner(
            "select count(*) from access.audit_record where action = 'EXPORT' and item_id = ?",
            record));
  }

  @Test
  void aListCarriesTheReadersHitsStampedOnEveryRowAndLeavesOutTheViewOnly() throws SQLException {
    String marker = "daftaruji" + UUID.randomUUID().toString().substring(0, 8);
    String biasa =
        createDraft(
                "staf.humas",
                "BIASA",
                "=HYPERLINK(\"x\") Siaran " + marker,
                "<p>Jadwal layanan perpustakaan daerah " + marker + " selama libur.</p>")
            .getString("id");
    publish(biasa, "staf.humas", "kabid.humas");
    String rahasia =
        createDraft("kabid.humas", "RAHASIA", "Kajian " + marker, body(marker, 1)).getString("id");
    publishClassified(rahasia, "kabid.humas", "kadis.kominfo", "sekda.diy");
    String secret = "Telaah" + UUID.randomUUID().toString().substring(0, 8);
    String sangatRahasia =
        createDraft("kadis.kominfo", "SANGAT_RAHASIA", secret + " " + marker, body(marker, 1))
            .getString("id");
    publishClassified(sangatRahasia, "kadis.kominfo", "sekda.diy", "asisten.sekda");
    String rahasiaRecord = recordOf("Kajian " + marker, "sekda.diy");

    Response csv = api.get("/api/archive/search/export.csv?q=" + marker, token("sekda.diy"));

    assertEquals(200, csv.status(), csv.body());
    assertTrue(csv.header("Content-Type").startsWith("text/csv"));
    List<String> rows = rows(csv.body(), marker);
    assertEquals(2, rows.size(), csv.body());
    String exportId = exportId(rows.get(0));
    assertTrue(
        rows.stream().allMatch(row -> row.contains("sekda.diy") && row.contains(exportId)),
        "every row is stamped");
    assertTrue(csv.body().contains("\"'=HYPERLINK(\"\"x\"\") Siaran"), "a formula stays text");
    assertFalse(csv.body().contains(secret), "Sangat Rahasia rows are left out");
    assertTrue(csv.body().contains("1 arsip Sangat Rahasia"), "and counted: " + csv.body());
    assertEquals(
        1,
        countAsOwner(
            "select count(*) from access.audit_record where action = 'EXPORT' and item_id = ?"
                + " and detail = ?",
            rahasiaRecord,
            "CSV, ekspor " + exportId));

    Response outsider =
        api.get("/api/archive/search/export.csv?q=" + marker, token("staf.pariwisata"));
    assertEquals(1, rows(outsider.body(), marker).size(), "only the public release");
    assertFalse(outsider.body().contains("Kajian"), outsider.body());
    assertFalse(outsider.body().contains(secret), outsider.body());

    var onPage = PageSession.signedIn("arsiparis").get("/app/archive-export/list.csv?q=" + marker);
    assertEquals(200, onPage.statusCode());
    assertEquals(2, rows(onPage.body(), marker).size(), "the archivist's Biasa and Rahasia");

    Response mistyped =
        api.get("/api/archive/search/export.csv?q=" + marker + "&from=2024-13", token("sekda.diy"));
    assertEquals(400, mistyped.status(), mistyped.body());
    assertTrue(mistyped.body().contains("from"), mistyped.body());
  }

  /** A real PDF of one page with these words on it. */
  private static byte[] onePagePdf(String words) throws IOException {
    try (PDDocument document = new PDDocument()) {
      var page = new org.apache.pdfbox.pdmodel.PDPage();
      document.addPage(page);
      try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(
            new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
            12);
        content.newLineAtOffset(72, 700);
        content.showText(words);
        content.endText();
      }
      var out = new java.io.ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static String body(String marker, int paragraphs) {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= paragraphs; i++) {
      body.append("<p>Paragraf ")
          .append(i)
          .append(" catatan ")
          .append(marker)
          .append(": pemantauan posko tanggap darurat di lereng Merapi berjalan baik.</p>");
    }
    return body.toString();
  }

  private static String exportId(String text) {
    Matcher found = EXPORT_ID.matcher(text);
    assertTrue(found.find(), "no export id in: " + text);
    return found.group(1);
  }

  /** The CSV's rows that name the marker: one per hit. */
  private static List<String> rows(String csv, String marker) {
    return csv.lines().filter(line -> line.contains(marker)).toList();
  }

  private static List<String> pages(byte[] pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document));
      }
    }
    return pages;
  }

  private static long count(String text, String word) {
    return Pattern.compile("\\b" + word + "\\b").matcher(text).results().count();
  }
}
