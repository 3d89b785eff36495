package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What citizens and feed readers see: a public release at its permanent address, read by a real
 * browser at phone and desktop widths, with what link previews and search engines read; the feeds,
 * parsed back by a real feed parser; nothing else at either.
 */
class PortalIT extends WartaIT {

  private final String tag = "portal" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aPublicReleaseHasAPageAtItsPermanentAddressForPhonesDesktopsAndLinkPreviews()
      throws Exception {
    JsonObject release =
        publishedPublicly(
            "staf.pariwisata", "kabid.pariwisata", "NEWS", "Sendratari Ramayana " + tag, tag);
    String slug = release.getString("slug");
    String secretSlug = publishedTerbatasSlug("Rapat pengamanan " + tag);
    Response translated =
        api.post(
            "/api/releases",
            token("staf.pariwisata"),
            Json.createObjectBuilder()
                .add("type", "NEWS")
                .add("title", "Ramayana Ballet " + tag)
                .add("body", "<p>The ballet at Prambanan.</p>")
                .add("classification", "BIASA")
                .add(
                    "metadata",
                    Json.createObjectBuilder()
                        .add("language", "EN")
                        .add("translationOf", release.getString("id")))
                .build()
                .toString());
    assertEquals(201, translated.status(), translated.body());
    publish(translated.json().getString("id"), "staf.pariwisata", "kabid.pariwisata");
    String englishSlug =
        api.get("/api/releases/" + translated.json().getString("id"), token("staf.pariwisata"))
            .json()
            .getString("slug");

    try (Browser chromium = new Browser(WartaDeployment.baseUrl())) {
      chromium.driver().manage().window().setSize(new Dimension(390, 844));
      chromium.open("/rilis/" + slug);
      WebElement heading = chromium.driver().findElement(By.id("release-title"));
      assertEquals("Sendratari Ramayana " + tag, heading.getText());
      assertTrue(
          heading.getRect().getWidth() <= 390,
          "the heading fits a phone's width without scrolling");
      Object scrollWidth =
          ((org.openqa.selenium.JavascriptExecutor) chromium.driver())
              .executeScript("return document.documentElement.scrollWidth");
      assertTrue(((Number) scrollWidth).intValue() <= 390, "no sideways scrolling: " + scrollWidth);
      assertTrue(
          chromium.driver().findElement(By.id("contact")).getText().contains("Humas Sendratari"));
      chromium.screenshot("portal-release-phone");
      assertEquals(List.of(), chromium.accessibilityViolations(), "on a phone as well");

      chromium.driver().manage().window().setSize(new Dimension(1280, 1000));
      chromium.open("/rilis/" + slug);
      chromium.screenshot("portal-release");
      assertEquals("id", chromium.driver().findElement(By.tagName("html")).getAttribute("lang"));
      chromium.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
      WebElement first = chromium.driver().switchTo().activeElement();
      assertEquals("Langsung ke isi", first.getText(), "the first Tab offers to skip the header");
      first.sendKeys(Keys.ENTER);
      assertEquals("main", chromium.driver().switchTo().activeElement().getAttribute("id"));
      String canonical =
          chromium.driver().findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href");
      assertTrue(canonical.endsWith("/rilis/" + slug), canonical);
      assertEquals(
          "Sendratari Ramayana " + tag,
          chromium
              .driver()
              .findElement(By.cssSelector("meta[property='og:title']"))
              .getAttribute("content"));
      String jsonLd =
          chromium
              .driver()
              .findElement(By.cssSelector("script[type='application/ld+json']"))
              .getAttribute("innerHTML");
      JsonObject article = Json.createReader(new StringReader(jsonLd)).readObject();
      assertEquals("NewsArticle", article.getString("@type"));
      assertEquals("Sendratari Ramayana " + tag, article.getString("headline"));
      assertEquals("Dinas Pariwisata", article.getJsonObject("author").getString("name"));
      assertTrue(
          chromium
              .driver()
              .findElement(By.cssSelector("link[rel=alternate][hreflang=en]"))
              .getAttribute("href")
              .endsWith("/rilis/" + englishSlug));
      chromium.follow(By.id("alternate-en"));
      assertEquals(
          "Ramayana Ballet " + tag,
          chromium.driver().findElement(By.id("release-title")).getText());
      assertTrue(
          chromium
              .driver()
              .findElement(By.cssSelector("link[rel=alternate][hreflang=id]"))
              .getAttribute("href")
              .endsWith("/rilis/" + slug),
          "and back to the original");

      chromium.open("/");
      chromium.follow(By.linkText("Sendratari Ramayana " + tag));
      assertTrue(chromium.driver().getCurrentUrl().endsWith("/rilis/" + slug), "from the list");
    }

    for (String elsewhere : List.of(secretSlug, "tidak-ada-abc123")) {
      var page = PageSession.anonymous().get("/rilis/" + elsewhere);
      assertEquals(404, page.statusCode(), elsewhere);
      assertFalse(page.body().contains(tag), "nothing of the Terbatas release");
    }
  }

  @Test
  void citizensBrowseByTagUnitTypeAndMonthThroughPlainLinks() throws Exception {
    publishedPublicly("staf.pariwisata", "kabid.pariwisata", "NEWS", "Gelar wayang " + tag, tag);
    publishedPublicly("staf.humas", "kabid.humas", "PRESS_RELEASE", "Konferensi pers " + tag, tag);
    try (Browser chromium = new Browser(WartaDeployment.baseUrl())) {
      chromium.open("/?tag=" + tag);
      assertEquals(List.of("Konferensi pers " + tag, "Gelar wayang " + tag), shownTitles(chromium));
      assertEquals(
          List.of(), chromium.accessibilityViolations(), "the front page meets WCAG 2.1 AA");
      chromium.follow(
          By.xpath("//article[.//a[text()='Gelar wayang " + tag + "']]//a[@class='browse-unit']"));
      assertEquals(List.of("Gelar wayang " + tag), shownTitles(chromium), "by the unit as well");
      chromium.follow(By.id("without-unit"));
      assertEquals(
          List.of("Konferensi pers " + tag, "Gelar wayang " + tag),
          shownTitles(chromium),
          "the unit taken off again");
      chromium.follow(
          By.xpath(
              "//article[.//a[text()='Konferensi pers " + tag + "']]//a[@class='browse-type']"));
      assertEquals(List.of("Konferensi pers " + tag), shownTitles(chromium), "by type");
      chromium.follow(By.cssSelector("a.browse-month"));
      assertEquals(List.of("Konferensi pers " + tag), shownTitles(chromium), "and this month");
      chromium.open("/?tag=" + tag + "&page=1");
      assertEquals(List.of(), shownTitles(chromium));
      assertTrue(chromium.driver().findElements(By.id("previous-page")).size() == 1);
      chromium.open("/?type=ARTIKEL");
      assertTrue(
          chromium.driver().findElement(By.id("problem")).getText().contains("ARTIKEL"),
          "a filter that is not understood is named");
      assertEquals(List.of(), shownTitles(chromium));
    }
  }

  @Test
  void citizensSearchPublicReleasesInAnyInflectionAndSeeTheirImagesDescribed() throws Exception {
    String title = "Pelatihan membatik " + tag;
    Response created =
        api.post(
            "/api/releases",
            token("staf.pariwisata"),
            Json.createObjectBuilder()
                .add("type", "NEWS")
                .add("title", title)
                .add("body", "<p>Para perajin dilatih membatik tulis di Imogiri.</p>")
                .add("classification", "BIASA")
                .add(
                    "metadata",
                    Json.createObjectBuilder().add("tags", Json.createArrayBuilder().add(tag)))
                .build()
                .toString());
    assertEquals(201, created.status(), created.body());
    String id = created.json().getString("id");
    Response photo =
        api.upload(
            "/api/releases/" + id + "/attachments?name=batik.jpg&alt=Perajin%20membatik%20kain",
            token("staf.pariwisata"),
            "image/jpeg",
            AttachmentsIT.jpeg());
    assertEquals(201, photo.status(), photo.body());
    publish(id, "staf.pariwisata", "kabid.pariwisata");
    publishedTerbatasSlug("Pelatihan pengamanan " + tag);

    try (Browser chromium = new Browser(WartaDeployment.baseUrl())) {
      chromium.open("/?tag=" + tag);
      chromium.driver().findElement(By.id("q")).sendKeys("latihan");
      chromium.follow(By.id("search"));
      assertTrue(chromium.driver().getCurrentUrl().contains("tag=" + tag), "within the browsing");
      assertEquals(List.of(title), shownTitles(chromium));
      assertTrue(
          chromium.driver().findElement(By.id("total")).getText().startsWith("1 "),
          chromium.driver().findElement(By.id("total")).getText());
      assertEquals(
          "dilatih",
          chromium.driver().findElement(By.cssSelector("article.found .snippet mark")).getText(),
          "the inflection found is marked in its passage");
      chromium.screenshot("portal-search");
      assertEquals(List.of(), chromium.accessibilityViolations(), "the search meets WCAG 2.1 AA");

      chromium.open("/?q=pelatihan%20" + tag);
      assertEquals(List.of(title), shownTitles(chromium), "the Terbatas one is not on the portal");
      assertFalse(chromium.driver().getPageSource().contains("pengamanan"));
      chromium.follow(By.id("without-q"));
      assertTrue(chromium.driver().findElements(By.cssSelector("article.found")).isEmpty());

      for (String hostile : List.of("%22pelatihan", "-%20OR%20~%20*", "pelatihan&type=ARTIKEL")) {
        var answer = PageSession.anonymous().get("/?q=" + hostile);
        assertTrue(answer.statusCode() < 500, hostile + " " + answer.statusCode());
        assertFalse(answer.body().contains("pengamanan"), hostile);
      }
      var tooLong = PageSession.anonymous().get("/?q=" + "batik".repeat(120));
      assertEquals(400, tooLong.statusCode());
      assertTrue(
          tooLong.body().matches("(?s).*id=\"problem\"[^>]*>[^<]*500.*"), "the limit is named");

      chromium.open("/?q=pelatihan%20" + tag);
      chromium.follow(By.linkText(title));
      assertEquals(
          List.of(), chromium.accessibilityViolations(), "a release's page meets WCAG 2.1 AA");
      List<WebElement> images = chromium.driver().findElements(By.cssSelector("main img"));
      assertEquals(
          List.of("Perajin membatik kain"),
          images.stream().map(image -> image.getAttribute("alt")).toList(),
          "every image is described");
      ((org.openqa.selenium.JavascriptExecutor) chromium.driver())
          .executeScript(
              "document.querySelector('main').insertAdjacentHTML('beforeend',"
                  + " '<img src=\"x.png\"><p style=\"color:#bbb\">pucat</p>')");
      assertEquals(
          List.of("color-contrast", "image-alt"),
          chromium.accessibilityViolations().stream()
              .map(violation -> violation.substring(0, violation.indexOf(' ')))
              .sorted()
              .toList(),
          "and the check sees an image undescribed and text too pale");
    }
  }

  @Test
  void aCitizensPageIsTaggedByWhatItShowsAndAnOfficialsPageIsNeverKept() {
    JsonObject release =
        publishedPublicly("staf.humas", "kabid.humas", "NEWS", "Pameran arsip " + tag, tag);
    String address = "/rilis/" + release.getString("slug");
    Response first = api.get(address, null);
    assertEquals(200, first.status());
    String etag = first.header("ETag");
    assertTrue(etag != null && etag.startsWith("\""), "tagged: " + first.headers());
    assertEquals("public, no-cache", first.header("Cache-Control"));
    assertEquals(null, first.header("Set-Cookie"), "a page for any cache sets no cookie");
    assertEquals(etag, api.get(address, null).header("ETag"), "the same page, the same tag");
    Response held = api.get(address, null, Map.of("If-None-Match", etag));
    assertEquals(304, held.status());
    assertEquals("", held.body());

    String browsed = "/?tag=" + tag;
    String listed = api.get(browsed, null).header("ETag");
    publishedPublicly("staf.humas", "kabid.humas", "NEWS", "Pameran kedua " + tag, tag);
    Response relisted = api.get(browsed, null, Map.of("If-None-Match", listed));
    assertEquals(200, relisted.status(), "a list that changed is sent again");
    assertTrue(relisted.body().contains("Pameran kedua " + tag));

    Response raised =
        api.post(
            "/api/releases/" + release.getString("id") + "/classification",
            token("kabid.humas"),
            "{\"level\":\"TERBATAS\",\"reason\":\"Memuat data pribadi warga.\"}");
    assertEquals(200, raised.status(), raised.body());
    Response gone = api.get(address, null, Map.of("If-None-Match", etag));
    assertEquals(
        404, gone.status(), "a copy held of a release raised above Biasa is not confirmed");
    assertFalse(gone.body().contains("Pameran arsip"));
    assertEquals("no-store", gone.header("Cache-Control"));

    var official = PageSession.signedIn("kabid.humas").get(browsed);
    assertEquals(200, official.statusCode());
    assertTrue(official.body().contains("kabid.humas"), "the page names the official");
    assertTrue(official.headers().firstValue("ETag").isEmpty());
    assertEquals("private, no-store", official.headers().firstValue("Cache-Control").orElse(""));
  }

  private static List<String> shownTitles(Browser chromium) {
    return chromium.driver().findElements(By.cssSelector("article.public-release h2 a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void theFeedsParseAndCarryPublicReleasesOfTheirUnitAndTagOnly() throws Exception {
    publishedPublicly("staf.pariwisata", "kabid.pariwisata", "NEWS", "Festival layang " + tag, tag);
    publishedPublicly(
        "staf.humas", "kabid.humas", "PRESS_RELEASE", "Jumpa pers \"Sleman & Bantul\" " + tag, tag);
    publishedTerbatasSlug("Rapat rahasia " + tag);

    SyndFeed all = feed("/feeds/releases.rss");
    assertEquals("rss_2.0", all.getFeedType());
    SyndFeed byTag = feed("/feeds/tags/" + tag.toUpperCase() + ".atom");
    assertEquals("atom_1.0", byTag.getFeedType());
    assertEquals(
        List.of("Jumpa pers \"Sleman & Bantul\" " + tag, "Festival layang " + tag),
        byTag.getEntries().stream().map(SyndEntry::getTitle).toList(),
        "newest first, titles exactly as written; not the Terbatas release");
    SyndEntry first = byTag.getEntries().get(0);
    assertTrue(first.getLink().contains("/rilis/"), first.getLink());
    assertEquals(List.of(tag), first.getCategories().stream().map(c -> c.getName()).toList());
    assertTrue(
        all.getEntries().stream().anyMatch(e -> e.getTitle().equals("Festival layang " + tag)));
    assertTrue(all.getEntries().stream().noneMatch(e -> e.getTitle().contains("Rapat rahasia")));
    assertEquals(
        List.of("Festival layang " + tag),
        feed("/feeds/units/Pemda%20DIY/Dinas%20Pariwisata.atom").getEntries().stream()
            .map(SyndEntry::getTitle)
            .filter(title -> title.endsWith(tag))
            .toList(),
        "a unit's feed");

    Response atom = api.get("/feeds/releases.atom", null);
    assertTrue(atom.header("Content-Type").startsWith("application/atom+xml"));
    assertEquals(
        304,
        api.get("/feeds/releases.atom", null, Map.of("If-None-Match", atom.header("ETag")))
            .status());
    for (String missing :
        List.of("/feeds/releases.json", "/feeds/units/Pemda DIY.txt", "/feeds/lain.atom")) {
      assertEquals(404, api.get(missing.replace(" ", "%20"), null).status(), missing);
    }
  }

  private SyndFeed feed(String path) throws Exception {
    Response answer = api.get(path, null);
    assertEquals(200, answer.status(), path + ": " + answer.body());
    return new SyndFeedInput().build(new StringReader(answer.body()));
  }
}
