package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Records that keep themselves: their stage in the retention schedule, legal holds, and destruction
 * only by a list an archivist proposes and the agency's head approves. A record under legal hold is
 * never destroyed, whether it was held before the proposal or after it, and not even by the
 * database owner writing to the table; the refusals are in the audit trail.
 */
class RecordKeepingIT extends WartaIT {

  private static final String DISKOMINFO = "/Pemda DIY/Diskominfo DIY";
  private static final String HOLD_REASON = "Perkara sengketa informasi di Komisi Informasi";

  @Test
  void aRecordUnderLegalHoldIsNeverDestroyedAndTheRestGoWithMinutes()
      throws SQLException, IOException {
    String marker = "musnahuji" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> records =
        List.of("tuntas", "ditahan", "tertahan", "baru").stream()
            .collect(Collectors.toMap(name -> name, name -> announce(marker, name)));
    for (String name : List.of("tuntas", "ditahan", "tertahan")) {
      backdate(records.get(name));
    }
    JsonObject due = record(records.get("tuntas"), "arsiparis");
    assertEquals("DUE", due.getJsonObject("retention").getString("stage"), due.toString());
    assertEquals("MUSNAH", due.getJsonObject("retention").getString("disposition"));
    assertEquals(
        "ACTIVE",
        record(records.get("baru"), "arsiparis").getJsonObject("retention").getString("stage"));

    List<String> queued = queue("DUE_FOR_DESTRUCTION");
    assertTrue(
        queued.containsAll(
            List.of(records.get("tuntas"), records.get("ditahan"), records.get("tertahan"))),
        "the backdated announcements are due");
    assertFalse(queued.contains(records.get("baru")), "a new one is not");
    assertEquals(
        403,
        api.get("/api/archive/queues/DUE_FOR_DESTRUCTION", token("staf.humas")).status(),
        "the queues are the archivists'");

    assertEquals(403, hold(records.get("ditahan"), "staf.humas").status(), "archivists only");
    Response held = hold(records.get("ditahan"), "arsiparis");
    assertEquals(200, held.status(), held.body());
    assertEquals(409, hold(records.get("ditahan"), "arsiparis").status(), "held already");
    assertTrue(queue("LEGAL_HOLDS").contains(records.get("ditahan")));
    assertEquals(
        HOLD_REASON,
        record(records.get("ditahan"), "arsiparis").getJsonObject("legalHold").getString("reason"));

    Response notDue = propose(List.of(records.get("tuntas"), records.get("baru")));
    assertEquals(409, notDue.status(), notDue.body());
    assertTrue(notDue.body().contains("JRA HUM-03"), notDue.body());
    Response proposed =
        propose(List.of(records.get("tuntas"), records.get("ditahan"), records.get("tertahan")));
    assertEquals(201, proposed.status(), proposed.body());
    String list = proposed.json().getString("id");
    assertEquals(
        Map.of(
            records.get("tuntas"), "PROPOSED",
            records.get("ditahan"), "REFUSED_LEGAL_HOLD",
            records.get("tertahan"), "PROPOSED"),
        outcomes(proposed.json()));
    assertEquals(200, hold(records.get("tertahan"), "arsiparis").status(), "held after proposal");

    assertEquals(
        404,
        decide(list, "approve", "kabid.humas").status(),
        "a department head below the agency does not even read its list");
    assertEquals(404, decide(list, "approve", "kadis.pariwisata").status(), "another agency");
    assertEquals(403, decide(list, "approve", "arsiparis").status(), "not the agency head");
    Response approved = decide(list, "approve", "kadis.kominfo");
    assertEquals(200, approved.status(), approved.body());
    assertEquals("APPROVED", approved.json().getString("status"));
    assertEquals(
        Map.of(
            records.get("tuntas"), "DESTROYED",
            records.get("ditahan"), "REFUSED_LEGAL_HOLD",
            records.get("tertahan"), "REFUSED_LEGAL_HOLD"),
        outcomes(approved.json()));
    assertEquals(409, decide(list, "approve", "kadis.kominfo").status(), "decided once");

    JsonObject tombstone = record(records.get("tuntas"), "arsiparis");
    assertEquals("DESTROYED", tombstone.getJsonObject("retention").getString("stage"));
    assertEquals("", tombstone.getString("body"));
    assertTrue(absent(tombstone, "lead"));
    assertEquals("Pengumuman tuntas " + marker, tombstone.getString("title"), "the tombstone");
    JsonObject file = tombstone.getJsonArray("files").getJsonObject(0);
    assertEquals("jadwal.pdf", file.getString("fileName"), "it names the files it kept");
    assertTrue(absent(file, "download"));
    assertEquals(
        404,
        api.get(
                "/api/archive/records/" + records.get("tuntas") + "/files/" + file.getString("id"),
                token("arsiparis"))
            .status());
    for (String name : List.of("tuntas", "ditahan")) {
      assertEquals(
          name.equals("tuntas") ? 0 : 1,
          countAsOwner(
              "select count(*) from archives.record_file where record_id = ?"
                  + " and content is not null",
              UUID.fromString(records.get(name))),
          "a destroyed record's files lose their bytes with it; a held one keeps them");
    }
    assertEquals(
        0,
        search("isituntas" + marker).getJsonNumber("total").longValue(),
        "its words are gone from search");
    assertEquals(1, search("isiditahan" + marker).getJsonNumber("total").longValue());
    assertTrue(
        record(records.get("tertahan"), "arsiparis").getString("body").contains("isitertahan"));

    SQLException refused =
        assertThrows(
            SQLException.class,
            () ->
                asDatabaseOwner(
                    "update archives.record set lead = null, body = '', destroyed_at = now(),"
                        + " destruction_list = '"
                        + proposed.json().getString("number")
                        + "' where id = '"
                        + records.get("ditahan")
                        + "'"));
    assertTrue(refused.getMessage().contains("legal hold"), refused.getMessage());
    SQLException relabelled =
        assertThrows(
            SQLException.class,
            () ->
                asDatabaseOwner(
                    "update archives.record set tags = 'lain' where id = '"
                        + records.get("ditahan")
                        + "'"));
    assertTrue(relabelled.getMessage().contains("tags and language"), relabelled.getMessage());
    for (String name : List.of("ditahan", "tertahan")) {
      assertTrue(
          countAsOwner(
                  "select count(*) from access.audit_record where action = 'RETENTION'"
                      + " and item_id = ? and detail like 'pemusnahan ditolak%'",
                  records.get(name))
              >= 1,
          "the refusal for " + name + " is in the audit trail");
    }

    var minutes =
        api.download(
            "/api/archive/destruction-lists/" + list + "/minutes.pdf", token("kadis.kominfo"));
    assertEquals(200, minutes.statusCode());
    String text;
    try (PDDocument pdf = Loader.loadPDF(minutes.body())) {
      text = new PDFTextStripper().getText(pdf);
    }
    assertTrue(text.contains("BERITA ACARA PEMUSNAHAN ARSIP"), text);
    assertTrue(text.contains(proposed.json().getString("number")), text);
    assertTrue(text.contains("Dimusnahkan") && text.contains("Ditolak"), text);
    assertEquals(
        404,
        api.get("/api/archive/destruction-lists/" + list, token("staf.pariwisata")).status(),
        "another agency's staff cannot read the list");

    Response lifted =
        api.post(
            "/api/archive/records/" + records.get("ditahan") + "/legal-hold/lift",
            token("arsiparis"),
            "{\"reason\":\"Perkara selesai\"}");
    assertEquals(204, lifted.status(), lifted.body());
    assertTrue(absent(record(records.get("ditahan"), "arsiparis"), "legalHold"));
  }

  @Test
  void aRejectedListDestroysNothing() throws SQLException {
    String marker = "tolakuji" + UUID.randomUUID().toString().substring(0, 8);
    String record = announce(marker, "simpan");
    backdate(record);
    String list = propose(List.of(record)).json().getString("id");

    Response rejected = decide(list, "reject", "kadis.kominfo");

    assertEquals(200, rejected.status(), rejected.body());
    assertEquals("REJECTED", rejected.json().getString("status"));
    assertEquals(Map.of(record, "KEPT"), outcomes(rejected.json()));
    assertFalse(record(record, "arsiparis").getString("body").isEmpty());
    assertEquals(
        409,
        api.get("/api/archive/destruction-lists/" + list + "/minutes.pdf", token("kadis.kominfo"))
            .status(),
        "no minutes for a rejected list");
  }

  @Test
  void theArchivistHoldsAndProposesAndTheHeadApprovesInTheBrowser() throws Exception {
    String marker = "layaruji" + UUID.randomUUID().toString().substring(0, 8);
    String due = announce(marker, "usang");
    String held = announce(marker, "sengketa");
    backdate(due);
    backdate(held);

    try (Browser chromium = new Browser(WartaDeployment.baseUrl())) {
      try {
        chromium.signIn("arsiparis", "/app/archive-record.xhtml?id=" + held);
        chromium.driver().findElement(By.id("hold:reason")).sendKeys(HOLD_REASON);
        chromium.click(By.id("hold:place"));
        chromium
            .waiting()
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("legal-hold"), HOLD_REASON));
        assertTrue(chromium.driver().findElement(By.id("retention")).getText().contains("HUM-03"));

        chromium.open("/app/archive-keeping.xhtml?queue=DUE_FOR_DESTRUCTION");
        assertTrue(
            chromium
                .driver()
                .findElements(By.cssSelector("input[name='chosen'][value='" + held + "']"))
                .isEmpty(),
            "a held record cannot be ticked");
        chromium.click(By.cssSelector("input[name='chosen'][value='" + due + "']"));
        chromium.driver().findElement(By.id("keeping:agency")).sendKeys(DISKOMINFO);
        chromium.click(By.id("keeping:propose"));
        chromium.waiting().until(ExpectedConditions.urlContains("destruction-list.xhtml"));
        String listPage =
            chromium.driver().getCurrentUrl().substring(WartaDeployment.baseUrl().length());
        assertTrue(chromium.driver().findElement(By.id("entries")).getText().contains("Diusulkan"));
        chromium.signOut();

        chromium.signIn("kadis.kominfo", listPage);
        chromium.click(By.id("decision:approve"));
        chromium
            .waiting()
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("entries"), "Dimusnahkan"));
        assertFalse(chromium.driver().findElements(By.id("minutes")).isEmpty(), "the minutes");
        chromium.screenshot("destruction-list");
      } finally {
        chromium.keepLastPage("record-keeping-last");
      }
    }
    assertEquals(
        "DESTROYED", record(due, "arsiparis").getJsonObject("retention").getString("stage"));
    assertEquals("DUE", record(held, "arsiparis").getJsonObject("retention").getString("stage"));
  }

  @Test
  void aClassifiedRecordWaitsForItsClassificationReviewFromItsDayAndIsNeverLoweredByItself()
      throws SQLException {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String release =
        createDraft(
                "staf.humas",
                "TERBATAS",
                "Rapat koordinasi " + marker,
                "<p>Isi rapat tinjau" + marker + " untuk staf.</p>")
            .getString("id");
    publish(release, "staf.humas", "kabid.humas");
    JsonObject found = search("tinjau" + marker);
    assertEquals(1, found.getJsonArray("items").size(), found.toString());
    String terbatas = found.getJsonArray("items").getJsonObject(0).getString("id");
    assertEquals(
        java.time.LocalDate.now().plusYears(1).toString(),
        record(terbatas, "arsiparis").getString("reviewOn"),
        "the day its consequence test names");
    assertFalse(queue("DUE_FOR_DECLASSIFICATION_REVIEW").contains(terbatas));

    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
    assertEquals(204, review(terbatas, "arsiparis", "\"" + today + "\"").status());
    assertTrue(queue("DUE_FOR_DECLASSIFICATION_REVIEW").contains(terbatas));
    assertEquals(
        "TERBATAS",
        record(terbatas, "arsiparis").getString("classification"),
        "never lowered by itself");
    assertEquals(
        1,
        countAsOwner(
            "select count(*) from access.audit_record where action = 'RETENTION'"
                + " and item_id = ? and detail like ?",
            terbatas,
            "tinjau klasifikasi pada " + today + "%"));

    assertEquals(403, review(terbatas, "staf.humas", "\"" + today + "\"").status());
    assertEquals(400, review(terbatas, "arsiparis", "\"30/12/2030\"").status());
    String biasa = announce(marker, "biasa");
    assertEquals(409, review(biasa, "arsiparis", "\"" + today + "\"").status());

    assertEquals(204, review(terbatas, "arsiparis", "null").status());
    assertFalse(queue("DUE_FOR_DECLASSIFICATION_REVIEW").contains(terbatas));
    assertTrue(absent(record(terbatas, "arsiparis"), "reviewOn"));
  }

  private Response review(String record, String user, String on) {
    return api.put(
        "/api/archive/records/" + record + "/declassification-review",
        token(user),
        "{\"on\":" + on + ",\"reason\":\"Rapat sudah selesai\"}");
  }

  @Test
  void permanentBiasaRecordsDueForTransferArePackedAsABagAndEachTransferIsAudited()
      throws Exception {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String open = pressRelease("BIASA", "serah" + marker, "Gedung arsip baru diresmikan");
    String secret = pressRelease("TERBATAS", "serahrahasia" + marker, "Denah ruang server");
    String fresh = pressRelease("BIASA", "serahbaru" + marker, "Lomba foto warisan budaya");
    for (String record : List.of(open, secret)) {
      backdate(record);
      backdate(record); // six years: past HUM-01's two active and three inactive years
    }
    assertTrue(queue("DUE_FOR_TRANSFER").containsAll(List.of(open, secret)));

    HttpResponse<byte[]> bag = transfer("arsiparis", open);
    assertEquals(200, bag.statusCode(), new String(bag.body(), StandardCharsets.UTF_8));
    assertEquals("application/zip", bag.headers().firstValue("Content-Type").orElse(""));
    Map<String, String> files = new HashMap<>();
    try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bag.body()))) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        files.put(
            entry.getName().substring(entry.getName().indexOf('/') + 1),
            new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertTrue(files.get("bagit.txt").startsWith("BagIt-Version: 1.0"), files.keySet().toString());
    assertTrue(
        files.get("manifest-sha256.txt").contains("/record.pdf"), files.get("manifest-sha256.txt"));
    String packageId =
        files
            .get("bag-info.txt")
            .lines()
            .filter(line -> line.startsWith("External-Identifier: "))
            .findFirst()
            .orElseThrow()
            .substring("External-Identifier: ".length());
    assertEquals(
        1,
        countAsOwner(
            "select count(*) from access.audit_record where action = 'RETENTION'"
                + " and item_id = ? and detail = ?",
            open,
            "diserahkan dalam paket " + packageId));

    assertEquals(409, transfer("arsiparis", secret).statusCode(), "classified: reviewed first");
    assertEquals(409, transfer("arsiparis", fresh).statusCode(), "not yet due");
    assertEquals(403, transfer("staf.humas", open).statusCode(), "archivists only");
  }

  /** A published press release of Bidang Humas (JRA HUM-01: permanen) whose body holds a word. */
  private String pressRelease(String level, String word, String title) {
    String release =
        createDraft("staf.humas", level, title + " " + word, "<p>" + title + ": " + word + ".</p>")
            .getString("id");
    publish(release, "staf.humas", "kabid.humas");
    JsonObject found = search(word);
    assertEquals(1, found.getJsonArray("items").size(), found.toString());
    return found.getJsonArray("items").getJsonObject(0).getString("id");
  }

  private HttpResponse<byte[]> transfer(String user, String record) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("agency", DISKOMINFO)
            .add("records", Json.createArrayBuilder().add(record))
            .build()
            .toString();
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(WartaDeployment.baseUrl() + "/api/archive/transfers"))
                .header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * A published Biasa announcement of Bidang Humas kept under JRA row HUM-03 (1 + 1 years), with
   * its schedule attached as a PDF.
   */
  private String announce(String marker, String name) {
    var draft =
        Json.createObjectBuilder()
            .add("type", "ANNOUNCEMENT")
            .add("title", "Pengumuman " + name + " " + marker)
            .add("lead", "Teras pengumuman.")
            .add("body", "<p>Jadwal layanan isi" + name + marker + " untuk warga.</p>")
            .add("classification", "BIASA")
            .add("retentionCode", "HUM-03")
            .build();
    Response created = api.post("/api/releases", token("staf.humas"), draft.toString());
    assertEquals(201, created.status(), created.body());
    Response attached =
        api.upload(
            "/api/releases/" + created.json().getString("id") + "/attachments?name=jadwal.pdf",
            token("staf.humas"),
            "application/pdf",
            AttachmentsIT.PDF);
    assertEquals(201, attached.status(), attached.body());
    publish(created.json().getString("id"), "staf.humas", "kabid.humas");
    JsonObject found = search("isi" + name + marker);
    assertEquals(1, found.getJsonArray("items").size(), found.toString());
    return found.getJsonArray("items").getJsonObject(0).getString("id");
  }

  /**
   * Moves a record's publication three years back, as an import of the old website's releases would
   * have dated it (the only way to age a record; the trigger that keeps records immutable is set
   * aside for it, as the database owner).
   */
  private static void backdate(String record) throws SQLException {
    asDatabaseOwner(
        "alter table archives.record disable trigger record_immutable",
        "update archives.record set published_at = published_at - interval '3 years' where id = '"
            + record
            + "'",
        "alter table archives.record enable trigger record_immutable");
  }

  private List<String> queue(String queue) {
    return ids(everyItem("/api/archive/queues/" + queue, token("arsiparis")));
  }

  private JsonObject search(String words) {
    return api.get("/api/archive/search?q=" + words, token("arsiparis")).json();
  }

  private Response hold(String record, String user) {
    return api.post(
        "/api/archive/records/" + record + "/legal-hold",
        token(user),
        "{\"reason\":\"" + HOLD_REASON + "\"}");
  }

  private Response propose(List<String> records) {
    var body =
        Json.createObjectBuilder()
            .add("agency", DISKOMINFO)
            .add("records", Json.createArrayBuilder(records))
            .add("note", "Pengumuman layanan yang sudah lewat")
            .build();
    return api.post("/api/archive/destruction-lists", token("arsiparis"), body.toString());
  }

  private Response decide(String list, String decision, String head) {
    return api.post("/api/archive/destruction-lists/" + list + "/" + decision, token(head), "{}");
  }

  /** JSON-B leaves out what is null. */
  private static boolean absent(JsonObject json, String key) {
    return !json.containsKey(key) || json.isNull(key);
  }

  private static Map<String, String> outcomes(JsonObject list) {
    return list.getJsonArray("records").getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(
                entry -> entry.getString("recordId"), entry -> entry.getString("outcome")));
  }
}
