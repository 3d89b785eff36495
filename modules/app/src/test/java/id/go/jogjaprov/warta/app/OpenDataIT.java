package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The open-data API: public releases paged and narrowed, one at its permanent address, answered
 * conditionally and readable from any web origin; nothing else through it.
 */
class OpenDataIT extends WartaIT {

  private final String tag = "terbuka" + UUID.randomUUID().toString().substring(0, 8);

  private static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private JsonObject published(String author, String approver, String type, String title) {
    return publishedPublicly(author, approver, type, title, tag);
  }

  private List<String> titles(String parameters) {
    Response page = api.get("/api/public/releases?tag=" + tag + parameters, null);
    assertEquals(200, page.status(), page.body());
    return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getString("title"))
        .toList();
  }

  @Test
  void publicReleasesArePagedAndNarrowedByUnitTypeTagAndDatesAndNothingElseIsListed() {
    published("staf.humas", "kabid.humas", "PRESS_RELEASE", "Gelar budaya Kota " + tag);
    published("staf.pariwisata", "kabid.pariwisata", "NEWS", "Festival pantai " + tag);
    publishedTerbatasSlug("Rapat tertutup " + tag);
    createDraft("staf.humas", "BIASA", "Konsep rilis " + tag, "<p>Belum terbit.</p>");

    assertEquals(
        List.of("Festival pantai " + tag, "Gelar budaya Kota " + tag),
        titles(""),
        "newest first; neither the Terbatas release nor the draft");
    assertEquals(
        List.of("Festival pantai " + tag), titles("&unit=" + query("/Pemda DIY/Dinas Pariwisata")));
    assertEquals(2, titles("&unit=" + query("/Pemda DIY")).size(), "a unit includes those below");
    assertEquals(List.of(), titles("&unit=" + query("/Pemda DIY/Dinas Pariwisat")), "whole units");
    assertEquals(List.of("Gelar budaya Kota " + tag), titles("&type=PRESS_RELEASE"));
    String thisYear = Year.now().toString();
    assertEquals(2, titles("&from=" + thisYear + "&to=" + thisYear).size());
    assertEquals(List.of(), titles("&to=2001-12"));

    Response first = api.get("/api/public/releases?size=1&tag=" + tag, null);
    assertEquals(2, first.json().getInt("total"));
    String next = linked(first, "next");
    assertTrue(next.contains("tag=" + tag), next);
    assertEquals(
        "Gelar budaya Kota " + tag,
        api.get(next, null).json().getJsonArray("items").getJsonObject(0).getString("title"));

    Map.of(
            "type=ARTIKEL",
            "type",
            "from=2024-13",
            "from",
            "from=2025&to=2024",
            "to",
            "unit=x",
            "unit")
        .forEach(
            (bad, field) -> {
              Response refused = api.get("/api/public/releases?" + bad, null);
              assertEquals(400, refused.status(), bad + ": " + refused.body());
              assertEquals(field, refused.json().getString("field"), bad);
            });
  }

  @Test
  void aPublicReleaseAtItsPermanentAddressIsAnsweredConditionallyAndAnythingElseThereIs404() {
    JsonObject release = published("staf.humas", "kabid.humas", "NEWS", "Pasar malam " + tag);
    String slug = release.getString("slug");
    Response read = api.get("/api/public/releases/" + slug, null);
    assertEquals(200, read.status(), read.body());
    JsonObject json = read.json();
    assertEquals("Pasar malam " + tag, json.getString("title"));
    assertEquals(tag, json.getJsonArray("tags").getString(0), "in the one spelling tags are kept");
    assertEquals("Humas Pasar malam " + tag, json.getJsonObject("contact").getString("name"));
    String etag = read.header("ETag");
    String modified = read.header("Last-Modified");
    assertTrue(etag != null && modified != null, read.headers().toString());
    assertTrue(read.header("Cache-Control").contains("no-cache"), read.header("Cache-Control"));

    Response unchanged =
        api.get("/api/public/releases/" + slug, null, Map.of("If-None-Match", etag));
    assertEquals(304, unchanged.status());
    assertEquals("", unchanged.body());
    assertEquals(
        304,
        api.get("/api/public/releases/" + slug, null, Map.of("If-Modified-Since", modified))
            .status());
    assertEquals(
        200,
        api.get("/api/public/releases/" + slug, null, Map.of("If-None-Match", "\"lama\""))
            .status());

    String secretSlug = publishedTerbatasSlug("Rapat tertutup " + tag);
    Response hidden = api.get("/api/public/releases/" + secretSlug, token("kadis.kominfo"));
    Response nothing = api.get("/api/public/releases/tidak-ada-abc123", null);
    assertEquals(404, hidden.status(), "not public, not even to someone cleared for it here");
    assertEquals(nothing.body(), hidden.body(), "answered as an address that never was");
  }

  @Test
  void theListsTagChangesWithWhatItShowsAndTheReaderWithTheSameListGets304() {
    published("staf.humas", "kabid.humas", "NEWS", "Lomba perahu " + tag);
    String list = "/api/public/releases?tag=" + tag;
    String etag = api.get(list, null).header("ETag");
    assertEquals(304, api.get(list, null, Map.of("If-None-Match", etag)).status());
    published("staf.humas", "kabid.humas", "NEWS", "Lomba dayung " + tag);
    Response changed = api.get(list, null, Map.of("If-None-Match", etag));
    assertEquals(200, changed.status(), "a new release changes the list");
    assertFalse(etag.equals(changed.header("ETag")));
  }

  @Test
  void anyOriginMayReadThePublicApiWithoutCredentialsAndNoOriginMayReadTheOfficialsApi() {
    Map<String, String> elsewhere = Map.of("Origin", "https://data.example.org");
    Response read = api.get("/api/public/releases", null, elsewhere);
    assertEquals("*", read.header("Access-Control-Allow-Origin"));
    assertTrue(read.header("Access-Control-Expose-Headers").contains("ETag"));
    assertNull(read.header("Access-Control-Allow-Credentials"));

    Response preflight =
        api.options(
            "/api/public/releases",
            Map.of(
                "Origin", "https://data.example.org",
                "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "if-none-match"));
    assertEquals(204, preflight.status(), preflight.body());
    assertTrue(preflight.header("Access-Control-Allow-Headers").contains("If-None-Match"));

    Response official = api.get("/api/releases", token("staf.humas"), elsewhere);
    assertEquals(200, official.status());
    assertNull(official.header("Access-Control-Allow-Origin"), "officials' data is not shared");
    Response officialPreflight =
        api.options(
            "/api/releases",
            Map.of("Origin", "https://data.example.org", "Access-Control-Request-Method", "GET"));
    assertNull(officialPreflight.header("Access-Control-Allow-Origin"));
  }
}
