package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.TestStack;
import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Past releases imported from an old website's WordPress export or a CSV table: checked whole
 * first, read into records in the background, idempotent, resumable after the database goes away,
 * rejected rows reported with their reasons, and classified rows kept from those not cleared.
 */
class ArchiveImportIT extends WartaIT {

  private static final String HUMAS = "/Pemda DIY/Diskominfo DIY/Bidang Humas";

  /** Each run its own words and keys: the database outlives a run. */
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private Response importFile(String user, String name, String content) {
    return importFile(user, name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Response importFile(String user, String name, byte[] content) {
    return api.upload(
        "/api/archive/imports?name=" + query(name) + "&unit=" + query(HUMAS),
        token(user),
        "application/octet-stream",
        content);
  }

  /** A ZIP of these files, named by their paths, as an old site's backup would be. */
  private static byte[] zip(Map<String, byte[]> files) throws java.io.IOException {
    var out = new java.io.ByteArrayOutputStream();
    try (var zip = new java.util.zip.ZipOutputStream(out)) {
      for (var file : files.entrySet()) {
        zip.putNextEntry(new java.util.zip.ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** A small real JPEG photograph, one for each colour. */
  private static byte[] jpeg(int colour) throws java.io.IOException {
    var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 4, colour);
    var out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  @Test
  void aWordPressExportInAZipBringsTheImagesItsPostsFeatureAndShowFromTheUploadsFolderOnly()
      throws Exception {
    String marker = "unggahan" + run;
    String uploads = "https://lama.invalid/wp-content/uploads/2019/03/";
    String export =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:wp="http://wordpress.org/export/1.2/"
             xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/">
        <channel><title>Humas lama</title>
        <item><title>Pelatihan perangkat desa %1$s</title><guid>https://lama.invalid/?p=%2$s-1</guid>
          <content:encoded><![CDATA[<p>Peserta berlatih.</p>
          [caption id="attachment_9002" width="300"]<img src="%3$sfoto-%2$s-300x200.jpg"
          alt="Peserta pelatihan %1$s"> Peserta di Bangsal %1$s[/caption]
          <img src="%3$shilang-%2$s.jpg">]]></content:encoded>
          <wp:post_date_gmt>2019-03-02 03:00:00</wp:post_date_gmt>
          <wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
          <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>9001</wp:meta_value>
          </wp:postmeta></item>
        <item><title>Denah lokasi %1$s</title><guid>https://lama.invalid/?p=%2$s-2</guid>
          <content:encoded><![CDATA[<p>Denah.</p><img src="%3$spalsu-%2$s.jpg">]]></content:encoded>
          <wp:post_date_gmt>2019-03-03 03:00:00</wp:post_date_gmt>
          <wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
          <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>9002</wp:meta_value>
          </wp:postmeta></item>
        <item><title>Sampul</title><wp:post_id>9001</wp:post_id>
          <wp:post_type>attachment</wp:post_type>
          <excerpt:encoded><![CDATA[Balai desa <em>%1$s</em>]]></excerpt:encoded>
          <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key>
          <wp:meta_value>Sampul pelatihan %1$s</wp:meta_value></wp:postmeta>
          <wp:attachment_url>%3$ssampul-%2$s.jpg</wp:attachment_url></item>
        <item><title>Foto</title><wp:post_id>9002</wp:post_id>
          <wp:post_type>attachment</wp:post_type>
          <wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key>
          <wp:meta_value>2019/03/foto-%2$s.jpg</wp:meta_value></wp:postmeta></item>
        </channel></rss>
        """
            .formatted(marker, run, uploads);
    byte[] photo = jpeg(0x336699);
    byte[] cover = jpeg(0x993366);
    Map<String, byte[]> site = new java.util.LinkedHashMap<>();
    site.put("situs-lama/export.xml", export.getBytes(StandardCharsets.UTF_8));
    site.put("situs-lama/wp-content/uploads/2019/03/foto-" + run + ".jpg", photo);
    site.put("situs-lama/wp-content/uploads/2019/03/sampul-" + run + ".jpg", cover);
    site.put(
        "situs-lama/wp-content/uploads/2019/03/palsu-" + run + ".jpg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
            .getBytes(StandardCharsets.UTF_8));
    site.put("situs-lama/wp-content/uploads/2019/03/lain-" + run + ".jpg", photo);
    byte[] backup = zip(site);

    JsonObject done = ended(importFile("arsiparis", "situs-lama.zip", backup).json());
    counts(done, 2, 0, 0);
    assertEquals(3, done.getInt("images"), done.toString());
    assertEquals(
        0,
        countAsOwner(
            "select count(*) from archives.import_upload where import_id = ?",
            UUID.fromString(done.getString("id"))),
        "the uploads go once the import is done");
    List<JsonObject> report =
        everyItem(
            "/api/archive/imports/" + done.getString("id") + "/rejections", token("arsiparis"));
    assertEquals(
        List.of("2019/03/hilang-" + run + ".jpg", "2019/03/palsu-" + run + ".jpg"),
        report.stream()
            .peek(line -> assertEquals("IMAGE_MISSING", line.getString("problem")))
            .map(line -> line.getString("reason").replaceAll(".*(2019/03/\\S+\\.jpg).*", "$1"))
            .toList(),
        "missing and not an image: reported, the posts imported without them");

    assertEquals(1, found("arsiparis", "latih " + marker, total -> total == 1));
    String record =
        api.get("/api/archive/search?q=" + query("latih " + marker), token("arsiparis"))
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    JsonObject details = api.get("/api/archive/records/" + record, token("arsiparis")).json();
    List<JsonObject> files = details.getJsonArray("files").getValuesAs(JsonObject.class);
    assertEquals(2, files.size(), files.toString());
    assertEquals("sampul-" + run + ".jpg", files.get(0).getString("fileName"), "featured first");
    assertEquals(
        "Sampul pelatihan " + marker,
        files.get(0).getString("altText"),
        "described by its attachment");
    assertEquals("Balai desa " + marker, files.get(0).getString("caption"));
    assertArrayEquals(
        cover,
        api.download("/api/" + files.get(0).getString("download"), token("arsiparis")).body());
    assertEquals("foto-" + run + ".jpg", files.get(1).getString("fileName"), "the original");
    assertEquals("image/jpeg", files.get(1).getString("mediaType"));
    assertEquals("Peserta pelatihan " + marker, files.get(1).getString("altText"));
    assertEquals("Peserta di Bangsal " + marker, files.get(1).getString("caption"));
    assertArrayEquals(
        photo,
        api.download("/api/" + files.get(1).getString("download"), token("arsiparis")).body());
    assertFalse(details.toString().contains("[caption"), "the shortcode's tags leave the text");
    assertTrue(details.toString().contains("Peserta di Bangsal " + marker), "its words stay");

    JsonObject again = ended(importFile("arsiparis", "situs-lama.zip", backup).json());
    counts(again, 0, 2, 0);
    assertEquals(0, again.getInt("images"));
    assertEquals(
        2,
        countAsOwner(
            "select count(*) from archives.record_file where record_id = ?",
            UUID.fromString(record)),
        "importing again changes nothing");

    site.put("situs-lama/salinan.xml", export.getBytes(StandardCharsets.UTF_8));
    Response twoExports = importFile("arsiparis", "dua-ekspor.zip", zip(site));
    assertEquals(400, twoExports.status(), twoExports.body());
    assertTrue(twoExports.body().contains("2 exports"), twoExports.body());
  }

  /** The import once it ended (or failed), reading its progress as the import goes. */
  private JsonObject ended(JsonObject started) throws InterruptedException {
    String path = "/api/archive/imports/" + started.getString("id");
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      Response progress = api.get(path, token("arsiparis"));
      assertEquals(200, progress.status(), progress.body());
      if (!progress.json().getString("status").equals("RUNNING")) {
        return progress.json();
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the import did not end: " + api.get(path, token("arsiparis")).body());
  }

  private static void counts(JsonObject progress, int imported, int present, int rejected) {
    assertEquals("DONE", progress.getString("status"), progress.toString());
    assertEquals(imported, progress.getInt("imported"), progress.toString());
    assertEquals(present, progress.getInt("alreadyPresent"), progress.toString());
    assertEquals(rejected, progress.getInt("rejected"), progress.toString());
    assertEquals(progress.getInt("rows"), progress.getInt("done"));
    assertEquals(100, progress.getInt("percent"));
  }

  /** The search's total for {@code words} as {@code user}, once the index took the records in. */
  private long found(String user, String words, Predicate<Long> settled)
      throws InterruptedException {
    return settledTotal(user, "/api/archive/search?q=" + query(words), settled);
  }

  /** The same, counted exactly however many match. */
  private long foundExactly(String user, String words, Predicate<Long> settled)
      throws InterruptedException {
    return settledTotal(user, "/api/archive/search?counts=exact&q=" + query(words), settled);
  }

  private long settledTotal(String user, String search, Predicate<Long> settled)
      throws InterruptedException {
    long total = -1;
    for (int i = 0; i < 40; i++) {
      Response found = api.get(search, token(user));
      assertEquals(200, found.status(), found.body());
      total = found.json().getJsonNumber("total").longValue();
      if (settled.test(total)) {
        return total;
      }
      Thread.sleep(250);
    }
    return total;
  }

  String wxr(String marker) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
             xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel><title>Humas lama</title>
        %s
        <item><title>Tentang kami</title><guid>https://lama.example/?page_id=%s</guid>
          <wp:post_type>page</wp:post_type><wp:status>publish</wp:status></item>
        <item><title>Draf %s</title><guid>https://lama.example/?p=%s-draft</guid>
          <content:encoded><![CDATA[Belum.]]></content:encoded>
          <wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt>
          <wp:status>draft</wp:status><wp:post_type>post</wp:post_type></item>
        <item><title>Rapat internal %s</title><guid>https://lama.example/?p=%s-pw</guid>
          <content:encoded><![CDATA[Khusus staf.]]></content:encoded>
          <wp:post_date_gmt>2020-01-15 02:00:00</wp:post_date_gmt>
          <wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
          <wp:post_password>rahasia</wp:post_password></item>
        </channel></rss>
        """
        .formatted(posts(marker), run, run, run, run, run);
  }

  private String posts(String marker) {
    StringBuilder posts = new StringBuilder();
    String[] titles = {
      "Pemda DIY melatih perangkat desa " + marker,
      "Pelatihan literasi digital dibuka " + marker,
      "Wisatawan memadati Malioboro " + marker
    };
    for (int i = 0; i < titles.length; i++) {
      posts.append(
          """
          <item><title><![CDATA[%s]]></title>
            <guid isPermaLink="false">https://lama.example/?p=%s-%d</guid>
            <dc:creator>redaksi</dc:creator>
            <content:encoded><![CDATA[Paragraf pertama tentang pelatihan %s.

          Paragraf kedua.]]></content:encoded>
            <wp:post_date_gmt>2019-03-0%d 03:00:00</wp:post_date_gmt>
            <wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
            <category domain="post_tag" nicename="desa"><![CDATA[Desa %s]]></category>
          </item>
          """
              .formatted(titles[i], run, i, marker, i + 1, marker));
    }
    return posts.toString();
  }

  @Test
  void aWordPressExportBecomesSearchableRecordsAndImportingItAgainChangesNothing()
      throws Exception {
    String marker = "kotagede" + run;
    Response started = importFile("arsiparis", "humas-lama.xml", wxr(marker));
    assertEquals(202, started.status(), started.body());
    assertTrue(
        started
            .header("Location")
            .endsWith("/api/archive/imports/" + started.json().getString("id")));
    assertEquals(5, started.json().getInt("rows"), "posts only: the page is no release");
    assertEquals("WXR", started.json().getString("format"));

    JsonObject first = ended(started.json());
    counts(first, 3, 0, 2);

    Response rejections =
        api.speaking("en")
            .get(
                "/api/archive/imports/" + first.getString("id") + "/rejections",
                token("arsiparis"));
    assertEquals(200, rejections.status(), rejections.body());
    List<JsonObject> rows = rejections.json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertEquals(List.of(4, 5), rows.stream().map(r -> r.getInt("row")).toList());
    assertEquals("NOT_PUBLISHED", rows.get(0).getString("problem"));
    assertTrue(rows.get(0).getString("reason").contains("draft"), rows.get(0).toString());
    assertEquals("PASSWORD_PROTECTED", rows.get(1).getString("problem"));
    assertFalse(
        rejections.body().contains("Khusus staf"), "a reason never repeats the row's words");

    // Any inflection finds them (melatih, pelatihan: latih), with their original date and tags.
    assertEquals(3, found("arsiparis", "latih " + marker, total -> total == 3));
    Response hits =
        api.get(
            "/api/archive/search?q=" + query(marker) + "&tag=" + query("desa " + marker),
            token("arsiparis"));
    assertEquals(3, hits.json().getInt("total"), hits.body());
    JsonObject hit = hits.json().getJsonArray("items").getJsonObject(0);
    assertTrue(hit.getString("publishedAt").startsWith("2019-03-0"), hit.toString());
    assertEquals(HUMAS, hit.getString("unit"));
    assertEquals(
        3,
        countAsOwner(
            "select count(*) from archives.imported_record where import_id = ?",
            UUID.fromString(first.getString("id"))));

    JsonObject again = ended(importFile("arsiparis", "humas-lama.xml", wxr(marker)).json());
    counts(again, 0, 3, 2);
    assertEquals(3, found("arsiparis", marker, total -> total != 3));
    assertEquals(
        3, countAsOwner("select count(*) from archives.record where title like ?", "%" + marker));
  }

  @Test
  void aCsvImportsOnlyTheRowsItsImporterIsClearedForAndKeepsClassifiedOnesFromOthers()
      throws Exception {
    String open = "sekaten" + run;
    String secret = "wingit" + run;
    String csv =
        "id;title;published;body;classification;type;tags\n"
            + run
            + "-1;Sekaten dibuka "
            + open
            + ";2018-11-20;Gamelan ditabuh.;Biasa;NEWS;budaya\n"
            + run
            + "-2;Pengamanan "
            + secret
            + ";20/11/2018 ;\"Jalur evakuasi.\n\nTitik kumpul.\";Rahasia;;\n"
            + run
            + "-3;Kunjungan kepala negara "
            + run
            + ";2018-11-21;Protokol.;Sangat Rahasia;;\n"
            + run
            + "-4;Tanggal salah "
            + run
            + ";31/02/2018;Isi.;;;\n"
            + run
            + "-5;Jenis salah "
            + run
            + ";2018-11-22;Isi.;;ARTIKEL;\n"
            + run
            + "-1;Sekaten dibuka lagi "
            + open
            + ";2018-11-20;Gamelan.;;;\n";
    Response started = importFile("arsiparis", "arsip-lama.csv", csv);
    assertEquals(202, started.status(), started.body());
    JsonObject done = ended(started.json());
    counts(done, 2, 0, 4);
    List<JsonObject> rejected =
        api.get("/api/archive/imports/" + done.getString("id") + "/rejections", token("arsiparis"))
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertEquals(
        List.of("ABOVE_CLEARANCE", "DATE_UNREADABLE", "TYPE_UNKNOWN", "KEY_REPEATED"),
        rejected.stream().map(r -> r.getString("problem")).toList());
    assertTrue(rejected.get(3).getString("reason").contains("1"), rejected.get(3).toString());

    assertEquals(1, found("arsiparis", secret, total -> total == 1));
    assertEquals(1, found("arsiparis", open, total -> total == 1));
    // Another agency's staff, cleared for Biasa only: the open row, not the Rahasia one.
    assertEquals(1, found("staf.pariwisata", open, total -> total == 1));
    assertEquals(0, found("staf.pariwisata", secret, total -> true));
    assertEquals(
        0,
        countAsOwner(
            "select count(*) from archives.record where title like ?",
            "%Kunjungan kepala negara " + run));
  }

  @Test
  void aFileThatCannotBeReadIsRefusedWholeAndNothingOfItIsKept() throws Exception {
    long imports = countAsOwner("select count(*) from archives.import_job");
    Response broken =
        importFile(
            "arsiparis",
            "rusak.xml",
            "<rss><channel>\n<item><title>Satu "
                + run
                + "</title></item>\n<item><title>Dua\n</channel></rss>");
    assertEquals(400, broken.status(), broken.body());
    assertTrue(broken.body().contains("baris 4:"), broken.body());

    Response unknownColumn =
        importFile("arsiparis", "lama.csv", "id,title,published,body,judul\n1,a,2019-01-01,b,c\n");
    assertEquals(400, unknownColumn.status(), unknownColumn.body());
    assertTrue(unknownColumn.body().contains("judul"), unknownColumn.body());

    Response noFormat = importFile("arsiparis", "lama.txt", "id,title,published,body\n");
    assertEquals(400, noFormat.status(), noFormat.body());
    Response noUnit =
        api.upload(
            "/api/archive/imports?name=lama.csv", token("arsiparis"), "text/csv", new byte[] {'x'});
    assertEquals(400, noUnit.status(), noUnit.body());
    assertEquals(imports, countAsOwner("select count(*) from archives.import_job"), "none kept");

    // Archivists only, and each sees their own imports only.
    assertEquals(403, importFile("kabid.humas", "lama.csv", "id,title,published,body\n").status());
    assertEquals(403, api.get("/api/archive/imports", token("kabid.humas")).status());
    assertEquals(401, api.get("/api/archive/imports", null).status());
    assertEquals(
        404, api.get("/api/archive/imports/" + UUID.randomUUID(), token("arsiparis")).status());
    assertEquals(404, api.get("/api/archive/imports/bukan-id", token("arsiparis")).status());
  }

  @Test
  void anImportedRecordDueForReviewIsLoweredByTwoPeopleAndNeverByItself() throws Exception {
    String word = "sandiwara" + run;
    JsonObject done =
        ended(
            importFile(
                    "arsiparis",
                    "rahasia-lama.csv",
                    "id,title,published,body,classification,review_on\n"
                        + run
                        + "-low,Rencana pengamanan "
                        + word
                        + ",2015-04-05,Rute rombongan.,Rahasia,2020-01-01\n")
                .json());
    counts(done, 1, 0, 0);
    assertEquals(1, found("arsiparis", word, total -> total == 1));
    String record =
        api.get("/api/archive/search?q=" + word, token("arsiparis"))
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    assertTrue(
        everyItem("/api/archive/queues/DUE_FOR_DECLASSIFICATION_REVIEW", token("arsiparis"))
            .stream()
            .anyMatch(r -> r.getString("id").equals(record)),
        "its review day has passed");
    assertEquals(0, found("staf.pariwisata", word, total -> true), "still Rahasia");

    String lowering = "/api/archive/records/" + record + "/lowerings";
    String toBiasa = "{\"to\":\"BIASA\",\"reason\":\"Acara sudah lewat sepuluh tahun\"}";
    assertEquals(403, api.post(lowering, token("staf.humas"), toBiasa).status(), "archivists");
    assertEquals(
        409,
        api.post(lowering, token("arsiparis"), "{\"to\":\"SANGAT_RAHASIA\",\"reason\":\"x\"}")
            .status(),
        "lowering only");
    String archivist = token("arsiparis");
    List<Response> atOnce = atTheSameMoment(4, () -> api.post(lowering, archivist, toBiasa));
    assertEquals(
        List.of(201, 409, 409, 409),
        atOnce.stream().map(Response::status).sorted().toList(),
        "one at a time, also when proposed at the same moment");
    Response proposed =
        atOnce.stream().filter(answer -> answer.status() == 201).findFirst().orElseThrow();
    assertEquals(
        400,
        api.post(lowering, token("arsiparis"), "{\"reason\":\"tanpa tujuan\"}").status(),
        "the level to lower to is named");
    String lowered = proposed.json().getString("id");
    // The pending lowering is read like the Rahasia record: its line cleared for it, archivists.
    for (String reader : List.of("kabid.humas", "kadis.kominfo", "arsiparis")) {
      assertTrue(pendingLowerings(reader).contains(lowered), reader);
    }
    for (String outsider : List.of("staf.humas", "staf.pariwisata", "kadis.pariwisata", "tamu")) {
      Response list = api.get("/api/archive/lowerings?size=200", token(outsider));
      assertFalse(list.body().contains(lowered) || list.body().contains(word), outsider);
    }
    String decide = "/api/archive/lowerings/" + lowered;
    assertEquals(403, api.post(decide + "/confirm", token("arsiparis"), "{}").status());
    assertEquals(403, api.post(decide + "/confirm", token("kabid.humas"), "{}").status());
    assertEquals(404, api.post(decide + "/confirm", token("kadis.pariwisata"), "{}").status());
    assertEquals(0, found("staf.pariwisata", word, total -> true), "not lowered by itself");

    By decision =
        By.xpath(
            "//tbody[contains(@id,'record-decisions')]/tr[.//a[contains(@href,'" + record + "')]]");
    try (Browser chromium = new Browser(WartaDeployment.baseUrl())) {
      chromium.signIn("kabid.humas", "/app/dashboard.xhtml");
      assertTrue(
          chromium.driver().findElements(decision).isEmpty(),
          "a department head reads the lowering but does not decide it");
      chromium.signOut();
      chromium.signIn("kadis.kominfo", "/app/dashboard.xhtml");
      var row = chromium.driver().findElement(decision);
      assertTrue(row.getText().contains("Acara sudah lewat sepuluh tahun"), row.getText());
      assertTrue(row.getText().contains("arsiparis"), "who proposed it");
      chromium.screenshot("record-lowering-decision");
      row.findElement(By.cssSelector(".confirm-lowering")).click();
      chromium
          .waiting()
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "Biasa"));
      assertFalse(
          chromium.driver().findElement(By.id("delegation:messages")).getText().contains("Biasa"),
          "told once");
      assertTrue(chromium.driver().findElements(decision).isEmpty(), "decided, off the list");
    }
    assertEquals(1, found("staf.pariwisata", word, total -> total == 1), "Biasa and public now");
    assertFalse(pendingLowerings("kadis.kominfo").contains(lowered));
    assertEquals(409, api.post(decide + "/reject", token("kadis.kominfo"), "{}").status());
    assertEquals(
        2,
        countAsOwner(
            "select count(*) from access.audit_record where action = 'CLASSIFICATION_CHANGE'"
                + " and item_id = ?",
            record),
        "proposed and lowered, both in the audit trail");

    String notes = "notulen" + run;
    String release =
        createDraft("staf.humas", "TERBATAS", "Catatan rapat " + notes, "<p>Isi " + notes + ".</p>")
            .getString("id");
    publish(release, "staf.humas", "kabid.humas");
    assertEquals(1, found("arsiparis", notes, total -> total == 1));
    String published =
        api.get("/api/archive/search?q=" + notes, token("arsiparis"))
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    Response throughRelease =
        api.post("/api/archive/records/" + published + "/lowerings", token("arsiparis"), toBiasa);
    assertEquals(409, throughRelease.status(), "a published record follows its release");
    assertTrue(throughRelease.body().contains("reklasifikasi"), throughRelease.body());
  }

  private List<String> pendingLowerings(String reader) {
    return everyItem("/api/archive/lowerings", token(reader)).stream()
        .map(l -> l.getString("id"))
        .toList();
  }

  @Test
  void anotherArchivistSeesNothingOfSomeoneElsesImportNotEvenItsCounts() throws Exception {
    JsonObject mine =
        ended(
            importFile(
                    "arsiparis",
                    "milik-arsiparis.csv",
                    "id,title,published,body,classification\n"
                        + run
                        + "-own,Rahasia lama "
                        + run
                        + ",2016-02-03,Isi.,Rahasia\n")
                .json());
    KeycloakAdmin keycloak = new KeycloakAdmin();
    keycloak.addRealmRole("staf.humas", "archivist");
    try {
      String other = token("staf.humas");
      Response list = api.get("/api/archive/imports?size=200", other);
      assertEquals(200, list.status(), list.body());
      assertFalse(list.body().contains(mine.getString("id")), list.body());
      assertFalse(list.body().contains("milik-arsiparis"), list.body());
      assertEquals(404, api.get("/api/archive/imports/" + mine.getString("id"), other).status());
      assertEquals(
          404,
          api.get("/api/archive/imports/" + mine.getString("id") + "/rejections", other).status());
    } finally {
      keycloak.removeRealmRole("staf.humas", "archivist");
    }
  }

  @Test
  void anImportInterruptedByTheDatabaseGoingAwayGoesOnWhereItStoppedAndImportsEachRowOnce()
      throws Exception {
    int rows = 6000;
    StringBuilder csv = new StringBuilder("id,title,published,body\n");
    for (int i = 0; i < rows; i++) {
      csv.append(run)
          .append("-r")
          .append(i)
          .append(",Rilis lama ")
          .append(i)
          .append(' ')
          .append("sela")
          .append(run)
          .append(",2017-05-06,Isi rilis nomor ")
          .append(i)
          .append(".\n");
    }
    Response started = importFile("arsiparis", "banyak.csv", csv.toString());
    assertEquals(202, started.status(), started.body());
    String path = "/api/archive/imports/" + started.json().getString("id");
    long before = 0;
    for (int i = 0; i < 400 && before == 0; i++) {
      before = api.get(path, token("arsiparis")).json().getJsonNumber("done").longValue();
      Thread.sleep(50);
    }
    assertTrue(before > 0 && before < rows, "interrupted midway, after " + before + " rows");
    terminateWartasConnections();

    JsonObject done = ended(started.json());
    counts(done, rows, 0, 0);
    assertEquals(
        rows,
        countAsOwner("select count(*) from archives.record where title like ?", "% sela" + run));
  }

  /**
   * Past 10,000 matches the total and facets are estimates, within what the reader may read, and
   * exact when asked; the search's later pages hold still while matching records arrive.
   */
  @Test
  void pastTenThousandMatchesCountsAreEstimatedAndLaterPagesHoldStillWhileRecordsArrive()
      throws Exception {
    String word = "ribuan" + run;
    StringBuilder csv = new StringBuilder("id,title,published,body,classification\n");
    for (int i = 0; i < 11_000; i++) {
      csv.append(run)
          .append("-k")
          .append(i)
          .append(",Kegiatan ")
          .append(word)
          .append(' ')
          .append(i)
          .append(",2016-0")
          .append(1 + i % 9)
          .append("-15,Laporan kegiatan nomor ")
          .append(i)
          .append('.')
          .append(i < 600 ? ",Rahasia\n" : ",Biasa\n");
    }
    counts(ended(importFile("arsiparis", "ribuan.csv", csv.toString()).json()), 11_000, 0, 0);
    assertEquals(11_000, foundExactly("arsiparis", word, total -> total == 11_000), "indexed");

    String search = "/api/archive/search?sort=newest&size=20&q=" + word;
    JsonObject estimated = api.get(search, token("staf.pariwisata")).json();
    assertTrue(estimated.getBoolean("totalApproximate"), estimated.toString());
    long total = estimated.getJsonNumber("total").longValue();
    assertTrue(Math.abs(total - 10_400) <= 1_040, total + " estimates the 10,400 Biasa records");
    assertEquals(
        List.of("BIASA"),
        estimated.getJsonObject("facets").getJsonArray("classification").stream()
            .map(value -> value.asJsonObject().getString("value"))
            .toList(),
        "the Rahasia records are not counted, not even estimated");
    assertEquals(10_400, foundExactly("staf.pariwisata", word, exact -> true));
    try (Browser chromium = new Browser(WartaDeployment.baseUrl())) {
      chromium.signIn("staf.pariwisata", "/app/archive.xhtml?q=" + word);
      String shown = chromium.driver().findElement(By.id("total")).getText();
      assertTrue(shown.startsWith("≈ ") && shown.contains("hitung tepat"), shown);
      chromium.click(By.id("count-exactly"));
      chromium
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("total"), "10.400 arsip ditemukan"));
    }

    Response first = api.get(search, token("staf.pariwisata"));
    String secondPage = linked(first, "next");
    assertTrue(secondPage.contains("asOf="), secondPage);
    List<String> before = ids(api.get(secondPage, token("staf.pariwisata")).json());
    StringBuilder newer = new StringBuilder("id,title,published,body\n");
    for (int i = 0; i < 30; i++) {
      newer.append(run + "-baru" + i + ",Kegiatan baru " + word + ",2024-02-02,Laporan terbaru.\n");
    }
    counts(ended(importFile("arsiparis", "baru.csv", newer.toString()).json()), 30, 0, 0);
    assertEquals(11_030, foundExactly("arsiparis", word, indexed -> indexed == 11_030), "indexed");
    assertEquals(
        before,
        ids(api.get(secondPage, token("staf.pariwisata")).json()),
        "the second page as the first one counted it");
    assertTrue(
        api.get(search, token("staf.pariwisata")).json().getJsonArray("items").stream()
            .allMatch(hit -> hit.asJsonObject().getString("title").startsWith("Kegiatan baru")),
        "a new search shows the newest first");
  }

  private static List<String> ids(JsonObject page) {
    return ids(page.getJsonArray("items").getValuesAs(JsonObject.class));
  }

  /** Every connection Warta holds to the database is cut, as a PostgreSQL restart cuts them. */
  private static void terminateWartasConnections() throws SQLException {
    try (var admin = superuser();
        var sql =
            admin.prepareStatement(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity"
                    + " where datname = ? and pid <> pg_backend_pid()")) {
      sql.setString(1, TestStack.DATABASE);
      try (var cut = sql.executeQuery()) {
        cut.next();
        assertTrue(cut.getLong(1) > 0, "Warta held connections");
      }
    }
  }

  @Test
  void theArchivistImportsAnExportInTheBrowserAndWatchesItsProgress() throws Exception {
    String marker = "prambanan" + run;
    Path file = Files.createTempFile("humas-lama-", ".xml");
    Files.writeString(file, wxr(marker));
    try (Browser chromium = new Browser(WartaDeployment.baseUrl())) {
      chromium.signIn("arsiparis", "/app/archive-imports.xhtml");
      chromium.driver().findElement(By.id("upload:file")).sendKeys(file.toString());
      chromium.driver().findElement(By.id("upload:unit")).sendKeys(HUMAS);
      chromium.click(By.id("upload:start"));
      chromium
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("upload:messages"), "5 baris"));
      chromium
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("#import-table tr.import .import-status"), "Selesai"));
      String row =
          chromium.driver().findElement(By.cssSelector("#import-table tr.import")).getText();
      assertTrue(row.contains("100%"), row);
      assertEquals(
          "3",
          chromium.driver().findElement(By.cssSelector("tr.import .import-imported")).getText());
      chromium.screenshot("archive-import");
      chromium.click(By.cssSelector("tr.import .import-rejected a"));
      chromium
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("rejection-table"), "Tidak pernah terbit"));
      chromium.keepLastPage("archive-import-rejections");
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
