package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What people do, in a real headless Chromium against the real Keycloak login page: staff write and
 * submit, the head approves, the archivist finds it; a user with no role is refused.
 */
class BrowserJourneyIT extends WartaIT {

  private Browser chromium;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    chromium = new Browser(WartaDeployment.baseUrl());
    browser = chromium.driver();
    wait = chromium.waiting();
  }

  @AfterEach
  void closeBrowser(org.junit.jupiter.api.TestInfo test) throws IOException {
    try (Browser last = chromium) {
      last.keepLastPage(
          "last-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test"));
    }
  }

  @Test
  void staffWriteTheHeadApprovesAndTheArchivistFindsIt() throws IOException {
    String marker = "peliputan" + UUID.randomUUID().toString().substring(0, 6);
    String title = "Pelatihan fotografi jurnalistik " + marker;

    chromium.signIn("staf.humas", "/app/release-editor.xhtml");
    browser.findElement(By.id("editor:title")).sendKeys(title);
    browser
        .findElement(By.id("editor:lead"))
        .sendKeys("Bidang Humas melatih pranata humas OPD memotret kegiatan.");
    WebElement body = bodyEditor();
    body.sendKeys("Sebanyak 40 ");
    body.sendKeys(Keys.chord(Keys.CONTROL, "b"));
    body.sendKeys("pranata humas");
    body.sendKeys(Keys.chord(Keys.CONTROL, "b"));
    body.sendKeys(" mengikuti pelatihan fotografi jurnalistik di Kepatihan. Kode " + marker + ".");
    chromium.screenshot("editor");
    chromium.click(By.id("editor:preview"));
    assertEquals(
        "pranata humas",
        wait.until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#preview-body strong")))
            .getText(),
        "the preview shows the text as the public will");
    browser
        .findElement(By.cssSelector("[id='editor:preview-dialog'] .ui-dialog-titlebar-close"))
        .click();
    chromium.click(By.id("editor:submit"));
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Ditinjau"));
    assertEquals(
        "pranata humas",
        browser.findElement(By.cssSelector("#release-body strong")).getText(),
        "the formatting is kept");
    String releaseUrl = browser.getCurrentUrl();
    chromium.signOut();

    chromium.signIn("staf.pariwisata", "/app/dashboard.xhtml");
    browser.get(releaseUrl);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "404"));
    assertFalse(
        browser.getPageSource().contains(marker), "a peer unit learns nothing of the draft");
    browser.get(WartaDeployment.baseUrl() + "/app/dashboard.xhtml");
    chromium.signOut();

    chromium.signIn("kabid.humas", "/app/dashboard.xhtml");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("awaiting"), title));
    assertTrue(
        browser.findElement(By.id("decision-times")).getText().startsWith("Median waktu"),
        browser.findElement(By.id("decision-times")).getText());
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("[id='published-chart'] canvas")));
    assertTrue(
        browser.findElement(By.id("inbox")).getText().contains("Menunggu keputusan Anda"),
        "the head's inbox says what awaits them");
    chromium.screenshot("dashboard-head");
    browser.get(releaseUrl);
    browser.findElement(By.id("actions:approve")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmation:confirm-yes"))).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Terbit"));
    chromium.signOut();

    chromium.signIn("arsiparis", "/app/archive.xhtml");
    browser.findElement(By.id("search:words")).sendKeys("latih " + marker);
    browser.findElement(By.id("search:go")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.className("hit-title"), title));
    assertTrue(
        browser.findElement(By.id("total")).getText().startsWith("1 arsip ditemukan"),
        browser.findElement(By.id("total")).getText());
    List<String> marked =
        browser.findElements(By.cssSelector(".snippet mark")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(
        marked.stream().anyMatch(word -> word.toLowerCase().contains("latih"))
            && marked.stream()
                .allMatch(word -> word.toLowerCase().contains("latih") || word.equals(marker)),
        "a form of latih is found and marked, and nothing else but the marker: " + marked);
    assertTrue(browser.getCurrentUrl().contains("q=latih"), "the search is a link to share");
    chromium.click(By.linkText("Bidang Humas"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("narrowing"), "Bidang Humas"));
    assertTrue(
        browser.findElement(By.id("total")).getText().startsWith("1 arsip ditemukan"),
        "the unit's own record, narrowed to the unit");
    String year =
        Integer.toString(java.time.Year.now(java.time.ZoneId.of("Asia/Jakarta")).getValue());
    chromium.click(By.cssSelector("#facet-year a"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("narrowing"), year));
    assertTrue(
        browser.findElements(By.cssSelector("#facet-month a")).size() >= 1,
        "a chosen year lists its months");
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("[id='search:histogram'] canvas")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.className("hit-title"), title));
    chromium.screenshot("archive-search");
  }

  @Test
  void staffKeepANewDraftThroughAutosaveCompareTwoRevisionsAndRestoreTheOlder() throws IOException {
    String marker = "revisi" + UUID.randomUUID().toString().substring(0, 6);
    chromium.signIn("staf.humas", "/app/release-editor.xhtml");
    browser.findElement(By.id("editor:title")).sendKeys("Jadwal Sekaten " + marker);
    bodyEditor().sendKeys("Sekaten dibuka hari Senin di Alun-alun Utara.");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("editor:autosave-status"), "Tersimpan otomatis"));
    chromium.open("/app/dashboard.xhtml");
    chromium.open("/app/release-editor.xhtml");
    chromium.click(By.id("editor:continue"));
    wait.until(
        ExpectedConditions.attributeToBe(
            By.id("editor:title"), "value", "Jadwal Sekaten " + marker));
    assertTrue(bodyEditor().getText().contains("hari Senin"), "a new draft's text came back too");
    chromium.click(By.id("editor:save"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit"))).click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:title")));
    WebElement body = bodyEditor();
    body.sendKeys(Keys.chord(Keys.CONTROL, "a"));
    body.sendKeys("Sekaten dibuka hari Selasa di Alun-alun Utara.");
    browser.findElement(By.id("editor:changeNote")).sendKeys("Hari pembukaan diralat");
    chromium.click(By.id("editor:save"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("history:revisions"), "Hari pembukaan diralat"));

    browser.findElement(By.id("compare-1")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compare")));
    assertEquals("Senin", browser.findElement(By.cssSelector("td.older del")).getText());
    assertEquals("Selasa", browser.findElement(By.cssSelector("td.newer ins")).getText());
    chromium.screenshot("compare");
    browser.findElement(By.id("back")).click();

    wait.until(ExpectedConditions.elementToBeClickable(By.id("history:revisions:1:restore")))
        .click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmation:confirm-yes"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("history:revisions"), "Dipulihkan dari revisi 1"));
    assertTrue(browser.findElement(By.id("release-body")).getText().contains("hari Senin"));
  }

  @Test
  void typingIsKeptOfferedBackShownToOthersAndMergedWhenSomeoneElseSavedFirst() throws IOException {
    String marker = "festival" + UUID.randomUUID().toString().substring(0, 6);
    JsonObject draft =
        createDraft(
            "staf.humas",
            "BIASA",
            "Festival Kesenian Yogyakarta " + marker,
            "<p>Festival dibuka di Taman Budaya.</p>");
    String editor = "/app/release-editor.xhtml?id=" + draft.getString("id");
    chromium.signIn("staf.humas", editor);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:title")))
        .sendKeys(" ke-38");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("editor:autosave-status"), "Tersimpan otomatis"));

    String seenByHead = PageSession.signedIn("kabid.humas").get(editor).body();
    assertTrue(
        seenByHead.contains("Sedang disunting oleh"),
        "another writer of the unit sees who is editing");
    assertFalse(
        seenByHead.contains("ke-38") || seenByHead.contains("salinan kerja"),
        "but never what they typed: a working copy is its owner's alone");

    chromium.open(editor);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("editor:continue"))).click();
    wait.until(
        ExpectedConditions.attributeToBe(
            By.id("editor:title"), "value", "Festival Kesenian Yogyakarta " + marker + " ke-38"));

    JsonObject headsChange =
        Json.createObjectBuilder()
            .add("type", "PRESS_RELEASE")
            .add("title", "Festival Kesenian Yogyakarta " + marker)
            .add("lead", "Teras dari kepala bidang.")
            .add("body", "<p>Festival dibuka di Taman Budaya.</p>")
            .build();
    assertEquals(
        200,
        api.put(
                "/api/releases/" + draft.getString("id"),
                token("kabid.humas"),
                headsChange.toString(),
                etag(draft))
            .status());

    chromium.click(By.id("editor:save"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("merge")));
    assertTrue(
        browser
            .findElement(By.cssSelector("#field-lead td.older"))
            .getText()
            .contains("kepala bidang"));
    assertTrue(
        browser.findElement(By.cssSelector("#field-title td.newer")).getText().contains("ke-38"));
    chromium.screenshot("merge");
    chromium.click(By.id("editor:use-saved-lead"));
    wait.until(
        ExpectedConditions.attributeToBe(
            By.id("editor:lead"), "value", "Teras dari kepala bidang."));
    assertTrue(
        browser.findElement(By.id("editor:title")).getAttribute("value").endsWith("ke-38"),
        "what was typed is still there");
    chromium.click(By.id("editor:save"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("release-title"), "ke-38"));
    assertEquals("Teras dari kepala bidang.", browser.findElement(By.className("lead")).getText());
  }

  @Test
  void staffAttachAPhotoWithAltTextAndAPdfInTheEditor() throws IOException {
    String id =
        createDraft("staf.humas", "BIASA", "Foto Sekaten", "<p>Suasana Sekaten.</p>")
            .getString("id");
    Path photo = Files.createTempFile("sekaten", ".jpg");
    Files.write(photo, AttachmentsIT.jpeg());
    Path pdf = Files.createTempFile("jadwal", ".pdf");
    Files.write(pdf, AttachmentsIT.PDF);

    chromium.signIn("staf.humas", "/app/release-editor.xhtml?id=" + id);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attachments:file")))
        .sendKeys(photo.toString());
    browser.findElement(By.id("attachments:new-alt")).sendKeys("Gunungan diarak ke Masjid Gedhe");
    browser.findElement(By.id("attachments:new-caption")).sendKeys("Grebeg Maulud");
    browser.findElement(By.id("attachments:upload")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("attachments:files"), photo.getFileName().toString()));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attachments:file")))
        .sendKeys(pdf.toString());
    browser.findElement(By.id("attachments:upload")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("attachments:files"), pdf.getFileName().toString()));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView()", browser.findElement(By.id("attachments:files")));
    chromium.screenshot("attachments");

    chromium.open("/app/release.xhtml?id=" + id);
    var image =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("figure img")));
    assertEquals("Gunungan diarak ke Masjid Gedhe", image.getAttribute("alt"));
    assertTrue(
        (Boolean)
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                    "return arguments[0].complete && arguments[0].naturalWidth > 0", image),
        "the thumbnail loads");
    assertTrue(
        browser.findElement(By.id("files")).getText().contains(pdf.getFileName().toString()));

    chromium.open("/app/releases.xhtml");
    WebElement titleFilter =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='list:releases'] input[id$='title:filter']")));
    titleFilter.sendKeys("Foto Sekaten");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("list:releases"), "Foto Sekaten"));
    chromium.screenshot("release-list");
    assertEquals(
        200, api.post("/api/releases/" + id + "/submit", token("staf.humas"), "{}").status());
  }

  @Test
  void aHeadAsksForChangesTheAuthorResubmitsAndTheHeadApprovesWhatChanged() throws Exception {
    String marker = "layanan" + UUID.randomUUID().toString().substring(0, 8);
    JsonObject draft =
        createDraft(
            "staf.humas", "BIASA", "Jam layanan " + marker, "<p>Layanan buka pukul 08.00.</p>");
    String id = draft.getString("id");
    String page = "/app/release.xhtml?id=" + id;

    chromium.signIn("staf.humas", page);
    chromium.click(By.id("actions:submit"));
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Ditinjau"));
    chromium.signOut();
    assertTrue(
        mailTo("kabid.humas@jogjaprov.go.id", body -> body.contains(id))
            .getSubject()
            .contains("Jam layanan " + marker),
        "the head hears of it by e-mail, through the test SMTP server");

    chromium.signIn("kabid.humas", page);
    // The head selects the words they comment on, as with a mouse.
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "var range = document.createRange();"
                + "range.selectNodeContents(document.querySelector('#release-body p'));"
                + "var selection = window.getSelection();"
                + "selection.removeAllRanges(); selection.addRange(range);"
                + "document.dispatchEvent(new MouseEvent('mouseup'));");
    assertEquals(
        "Layanan buka pukul 08.00.",
        browser.findElement(By.id("actions:passage")).getAttribute("value"),
        "the selection becomes the quote");
    browser.findElement(By.id("actions:passage-comment")).sendKeys("Sampai jam berapa?");
    chromium.click(By.id("actions:comment-passage"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("passage-notes"), "Sampai jam berapa?"));
    browser.findElement(By.id("actions:comment")).sendKeys("Tambahkan jam tutup layanan.");
    chromium.click(By.id("actions:request-changes"));
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Perlu perbaikan"));
    chromium.signOut();

    chromium.signIn("staf.humas", "/app/release-editor.xhtml?id=" + id);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("passage-notes"), "Layanan buka pukul 08.00."));
    assertTrue(
        browser.findElement(By.id("passage-notes")).getText().contains("kabid.humas · revisi 1"),
        "the author sees who asked about which revision, beside the text");
    chromium.screenshot("passage-notes");
    chromium.signOut();

    JsonObject current = api.get("/api/releases/" + id, token("staf.humas")).json();
    JsonObject revision =
        Json.createObjectBuilder()
            .add("type", current.getString("type"))
            .add("title", current.getString("title"))
            .add("body", "<p>Layanan buka pukul 08.00 sampai 15.00.</p>")
            .add("changeNote", "Jam tutup ditambahkan")
            .build();
    assertEquals(
        200,
        api.put("/api/releases/" + id, token("staf.humas"), revision.toString(), etag(current))
            .status());
    chromium.signIn("staf.humas", page);
    assertFalse(
        browser.findElements(By.id("actions:approve")).stream().anyMatch(WebElement::isDisplayed),
        "the author is never offered a decision");
    chromium.click(By.id("actions:submit"));
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Diajukan ulang"));
    chromium.signOut();

    chromium.signIn("kabid.humas", page);
    assertTrue(
        browser.findElement(By.id("changes-since-review")).getText().endsWith("(revisi 1)"),
        browser.findElement(By.id("changes-since-review")).getText());
    assertTrue(
        browser
            .findElement(By.cssSelector("#field-body td.newer ins"))
            .getText()
            .contains("sampai"),
        "what changed since the last look is highlighted on the release page itself");
    chromium.click(By.id("changes-since-review"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#field-body td.newer ins"), "sampai"));
    chromium.screenshot("review-changes-since-last-look");
    chromium.open(page);
    chromium.click(By.id("actions:approve"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmation:confirm-yes"))).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Terbit"));
    String timeline = browser.findElement(By.id("timeline")).getText();
    for (String step :
        new String[] {
          "Diajukan", "Perlu perbaikan", "Diajukan ulang", "Disetujui", "Diterbitkan"
        }) {
      assertTrue(timeline.contains(step), step + " in the timeline: " + timeline);
    }
    assertTrue(timeline.contains("Tambahkan jam tutup layanan."), "the head's reason is kept");
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'end'});", browser.findElement(By.id("timeline")));
    chromium.screenshot("review-timeline");
    chromium.signOut();

    assertAudited(id, "SUBMIT", "REQUEST_CHANGES", "SUBMIT", "APPROVE", "PUBLISH");
  }

  @Test
  void aRahasiaReleaseWaitsForTheAgencyHeadAfterTheFirstApproval() throws IOException {
    String id =
        createDraft("kabid.humas", "RAHASIA", "Rencana pengamanan Sekaten", "<p>Isi rahasia.</p>")
            .getString("id");
    assertEquals(
        200, api.post("/api/releases/" + id + "/submit", token("kabid.humas"), "{}").status());
    String page = "/app/release.xhtml?id=" + id;

    chromium.signIn("kadis.kominfo", page);
    chromium.click(By.id("actions:approve"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmation:confirm-yes"))).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Menunggu kepala dinas"));
    assertTrue(
        browser.findElements(By.id("actions:approve")).isEmpty(),
        "the first approver is not offered a second approval");
    chromium.signOut();

    chromium.signIn("sekda.diy", page);
    chromium.click(By.id("actions:approve"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmation:confirm-yes"))).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Terbit"));
    String timeline = browser.findElement(By.id("timeline")).getText();
    assertTrue(timeline.contains("Menunggu kepala dinas"), timeline);
    assertTrue(timeline.contains("kadis.kominfo") && timeline.contains("sekda.diy"), timeline);
    chromium.screenshot("review-second-approval");
    chromium.signOut();

    List<String> audited =
        assertAudited(
            id,
            "kabid.humas REVIEW",
            "kadis.kominfo DECISION",
            "sekda.diy DECISION",
            "sekda.diy REVIEW");
    assertTrue(
        audited.stream().noneMatch(entry -> entry.contains("APPROVE")),
        "the details of a Rahasia release's steps are above a Biasa auditor: " + audited);
  }

  @Test
  void aQuotedSecretStopsTheApprovalAClearedHeadOverridesTheEmbargoIsLiftedAndTheSealVerifies()
      throws Exception {
    String place = "Gunungkidul" + UUID.randomUUID().toString().substring(0, 6);
    String secret =
        "Rencana pemindahan gudang logistik bencana ke " + place + " belum boleh diumumkan.";
    createDraft("kadis.kominfo", "SANGAT_RAHASIA", "Logistik " + place, "<p>" + secret + "</p>");
    String id =
        createDraft(
                "staf.humas",
                "BIASA",
                "Kesiapsiagaan bencana " + place,
                "<p>Warga diminta waspada.</p><p>" + secret + "</p>")
            .getString("id");
    String page = "/app/release.xhtml?id=" + id;

    chromium.signIn("staf.humas", page);
    String tomorrow =
        java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Jakarta"))
            .plusDays(1)
            .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    WebElement picker =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("actions:embargo-until")));
    // What a user picks in the browser's own field; its keyboard order depends on the locale.
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1];", picker, tomorrow);
    chromium.click(By.id("actions:set-embargo"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("embargo"), "Tidak terbit sebelum"));
    chromium.click(By.id("actions:submit"));
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Ditinjau"));
    chromium.signOut();

    chromium.signIn("kabid.humas", page);
    chromium.click(By.id("actions:approve"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmation:confirm-yes"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("actions:overlaps")));
    String withheld = browser.findElement(By.id("actions:overlaps")).getText();
    assertTrue(withheld.contains("Sangat Rahasia") && withheld.contains("tidak berhak"), withheld);
    assertFalse(withheld.contains("Logistik " + place), "the secret's title is not for this head");
    assertTrue(browser.findElements(By.id("actions:leak-override")).isEmpty());
    assertTrue(
        browser.findElement(By.id("actions:messages")).getText().contains("mirip bahan"),
        "the page says why, not only that it refused");
    chromium.scrollTo(By.id("actions:overlaps"));
    chromium.screenshot("leak-check");
    chromium.signOut();

    chromium.signIn("kadis.kominfo", page);
    chromium.click(By.id("actions:approve"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmation:confirm-yes"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("actions:leak-override")))
        .sendKeys("Lokasi gudang sudah diumumkan Gubernur pagi ini.");
    assertTrue(
        browser.findElement(By.id("actions:overlaps")).getText().contains("Logistik " + place));
    chromium.click(By.id("actions:approve"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmation:confirm-yes"))).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Disetujui"));
    chromium.click(By.id("actions:lift-embargo"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmation:confirm-yes"))).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Terbit"));
    chromium.signOut();

    chromium.open("/");
    chromium.click(
        By.xpath(
            "//article[.//h2[normalize-space(.)='Kesiapsiagaan bencana "
                + place
                + "']]//a[contains(@href, '/verify/')]"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
    assertTrue(
        browser.findElement(By.id("verdict")).getAttribute("class").contains("verdict-valid"),
        browser.findElement(By.id("verdict")).getText());
    assertEquals("kadis.kominfo", browser.findElement(By.id("seal-approvers")).getText());
    chromium.screenshot("seal-verified");

    updateAsOwner("update content.release set body = body || '<p>Tambahan.</p>' where id = ?", id);
    browser.navigate().refresh();
    wait.until(ExpectedConditions.attributeContains(By.id("verdict"), "class", "verdict-invalid"));
    assertTrue(
        browser
            .findElement(By.id("verdict"))
            .getText()
            .contains("berbeda dari teks yang disetujui"),
        browser.findElement(By.id("verdict")).getText());
    chromium.screenshot("seal-tampered");

    assertAudited(id, "EMBARGO", "SUBMIT", "LEAK_CHECK_OVERRIDE", "APPROVE", "EMBARGO", "PUBLISH");
  }

  @Test
  void aHeadNamesADeputyWhoApprovesInTheHeadsNameAndTheHeadEndsIt() throws IOException {
    String id =
        createDraft("staf.humas", "BIASA", "Jadwal posyandu", "<p>Jadwal baru.</p>")
            .getString("id");
    assertEquals(
        200, api.post("/api/releases/" + id + "/submit", token("staf.humas"), "{}").status());

    chromium.signIn("kabid.humas", "/app/dashboard.xhtml");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("delegation:deputy")))
        .sendKeys("kasi.humas");
    String nextWeek =
        java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Jakarta"))
            .plusDays(7)
            .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];",
            browser.findElement(By.id("delegation:until")),
            nextWeek);
    browser.findElement(By.id("delegation:reason")).sendKeys("Cuti tahunan.");
    chromium.click(By.id("delegation:delegate"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("delegation:delegations"), "kasi.humas"));
    chromium.scrollTo(By.id("delegation:delegations"));
    chromium.screenshot("delegation");
    chromium.signOut();

    chromium.signIn("kasi.humas", "/app/release.xhtml?id=" + id);
    chromium.click(By.id("actions:approve"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmation:confirm-yes"))).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Terbit"));
    String timeline = browser.findElement(By.id("timeline")).getText();
    assertTrue(timeline.contains("kasi.humas (a.n. kabid.humas)"), timeline);
    chromium.signOut();

    chromium.signIn("kabid.humas", "/app/dashboard.xhtml");
    chromium.click(By.cssSelector("[id='delegation:delegations'] button"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("delegation:delegations"), "Tidak ada penunjukan"));
    chromium.signOut();

    assertAudited(id, "SUBMIT", "APPROVE a.n. kabid.humas", "PUBLISH");
  }

  @Test
  void theEditorSpeaksEnglishWhenAskedAndIndonesianAgain() throws IOException {
    chromium.signIn("staf.humas", "/app/release-editor.xhtml");
    chromium.click(By.id("to-en"));
    wait.until(ExpectedConditions.textToBe(By.cssSelector("label[for='editor:title']"), "Title"));
    assertEquals("New release", browser.findElement(By.tagName("h1")).getText());
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals("Write a release", browser.findElement(By.id("nav-new")).getText());
    assertTrue(
        browser.findElement(By.id("editor:type")).getText().contains("Press release"),
        "enum labels come from the bundle too");
    chromium.screenshot("editor-en");
    chromium.click(By.id("editor:save"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("editor:messages"), "Title is required."));
    assertTrue(
        browser.findElement(By.id("editor:messages")).getText().contains("Invalid input"),
        "a business error speaks the page's language, title and detail");
    chromium.open("/app/releases.xhtml");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Releases you may see"));
    chromium.click(By.id("to-id"));
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Rilis yang dapat Anda lihat"));
    chromium.open("/app/release-editor.xhtml");
    wait.until(ExpectedConditions.textToBe(By.cssSelector("label[for='editor:title']"), "Judul"));

    chromium.open("/language?to=en&back=https://contoh.example/");
    wait.until(ExpectedConditions.urlContains(WartaDeployment.baseUrl()));
    assertFalse(browser.getCurrentUrl().contains("contoh.example"), "never sent to another site");
  }

  @Test
  void anAdministratorChangesAClearanceOnTheUsersPage() throws IOException {
    chromium.signIn("admin.sso", "/app/admin.xhtml");
    var row =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[td[1][normalize-space()='staf.pariwisata']]")));
    var select = row.findElement(By.cssSelector("select[id$='clearance_input']"));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].value = 'RAHASIA';", select);
    row.findElement(By.cssSelector("button[id$='save']")).click();
    try {
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("admin:messages"), "diperbarui"));
      chromium.screenshot("admin-users");
      String token = WartaApiClient.accessToken("staf.pariwisata");
      String payload =
          new String(
              java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
              java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(
          payload.contains("clearance-rahasia"), "the user's next token carries the new clearance");
    } finally {
      KeycloakAdmin keycloak = new KeycloakAdmin();
      keycloak.removeRealmRole("staf.pariwisata", "clearance-rahasia");
      keycloak.addRealmRole("staf.pariwisata", "clearance-terbatas");
    }
  }

  @Test
  void aSignedInUserWithoutARoleIsRefused() {
    chromium.signIn("tamu", "/app/dashboard.xhtml");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Akses ditolak"));
    assertTrue(browser.getPageSource().contains("403"));
  }

  /**
   * The auditor finds every step of a release on the audit page, in the order taken: every word of
   * each of {@code steps} is in one entry, later than the step before it. Answers the entries.
   */
  private List<String> assertAudited(String releaseId, String... steps) {
    chromium.signIn("auditor.inspektorat", "/app/audit.xhtml?item=" + releaseId);
    List<String> entries =
        wait
            .until(
                ExpectedConditions.presenceOfAllElementsLocatedBy(
                    By.cssSelector("[id='audit:entries_data'] tr")))
            .stream()
            .map(WebElement::getText)
            .collect(Collectors.toCollection(ArrayList::new));
    Collections.reverse(entries); // the page lists the newest first
    int from = 0;
    for (String step : steps) {
      int at = from;
      while (at < entries.size() && !containsEveryWord(entries.get(at), step)) {
        at++;
      }
      assertTrue(at < entries.size(), step + " after the steps before it, in " + entries);
      from = at + 1;
    }
    chromium.signOut();
    return entries;
  }

  private static boolean containsEveryWord(String text, String words) {
    return java.util.Arrays.stream(words.split(" ")).allMatch(text::contains);
  }

  /** The editable area of the release editor's rich-text body (a Quill editor). */
  private WebElement bodyEditor() {
    return wait.until(
        ExpectedConditions.elementToBeClickable(
            By.cssSelector("[id='editor:body_editor'] .ql-editor")));
  }
}
