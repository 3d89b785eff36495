package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Archive search through the API on the real stack: words in any inflection, filters by date, unit
 * line, type and level, the newest first when asked, facets down to the month, every filter a
 * reader can mistype refused with a 400 naming it; and what a record becomes is what search says at
 * once, for the request that changed it.
 */
class ArchiveSearchIT extends WartaIT {

  private JsonObject search(String user, String parameters) {
    Response found = api.get("/api/archive/search?" + parameters, token(user));
    assertEquals(200, found.status(), found.body());
    return found.json();
  }

  private static String q(String words) {
    return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
  }

  private static List<String> releaseIds(JsonObject result) {
    return result.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(hit -> hit.getString("releaseId"))
        .toList();
  }

  private static Map<String, Long> facet(JsonObject result, String name) {
    return result.getJsonObject("facets").getJsonArray(name).getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(
                value -> value.getString("value"),
                value -> value.getJsonNumber("count").longValue()));
  }

  @Test
  void filtersNarrowFacetsCountAndTheNewestComesFirstWhenAsked() {
    String marker = "arsipuji" + UUID.randomUUID().toString().substring(0, 8);
    String humas =
        createDraft(
                "staf.humas",
                "BIASA",
                "Pelatihan pranata humas " + marker,
                "<p>Para pranata humas dilatih menulis siaran pers. " + marker + "</p>")
            .getString("id");
    publish(humas, "staf.humas", "kabid.humas");
    String tourism =
        createDraft(
                "staf.pariwisata",
                "BIASA",
                "Festival desa wisata " + marker,
                "<p>Pemandu wisata mengikuti latihan bahasa asing. " + marker + "</p>")
            .getString("id");
    publish(tourism, "staf.pariwisata", "kabid.pariwisata");
    String year = Integer.toString(Year.now(ZoneId.of("Asia/Jakarta")).getValue());

    JsonObject both = search("arsiparis", q("latihan " + marker));
    assertEquals(2, both.getJsonNumber("total").longValue(), "pelatihan, dilatih and latihan");
    assertEquals(
        Map.of("/Pemda DIY/Diskominfo DIY/Bidang Humas", 1L, "/Pemda DIY/Dinas Pariwisata", 1L),
        facet(both, "unit"));
    assertEquals(Map.of(year, 2L), facet(both, "year"));
    assertEquals(2L, facet(both, "month").values().stream().mapToLong(Long::longValue).sum());

    assertEquals(
        List.of(humas),
        releaseIds(
            search(
                "arsiparis",
                q(marker)
                    + "&unit="
                    + URLEncoder.encode("/Pemda DIY/Diskominfo DIY", StandardCharsets.UTF_8))),
        "a unit with the units below it");
    assertEquals(
        2,
        search("arsiparis", q(marker) + "&from=" + year + "&to=" + year)
            .getJsonNumber("total")
            .longValue());
    assertEquals(
        0, search("arsiparis", q(marker) + "&to=2011-12").getJsonNumber("total").longValue());
    assertEquals(
        0, search("arsiparis", q(marker) + "&type=NEWS").getJsonNumber("total").longValue());
    assertEquals(
        2, search("arsiparis", q(marker) + "&level=BIASA").getJsonNumber("total").longValue());
    assertEquals(
        List.of(tourism, humas),
        releaseIds(search("arsiparis", q(marker) + "&sort=newest")),
        "published later, listed first");
    assertEquals(
        List.of(tourism),
        releaseIds(search("arsiparis", q(marker + " -pranata"))),
        "-word leaves out what has it");
  }

  @Test
  void theRecordKeepsTheReleasesTagsAndLanguageToNarrowAndCountBy() {
    String marker = "labelarsip" + UUID.randomUUID().toString().substring(0, 8);
    String english =
        publishedWithMetadata(marker, "Merapi eruption drill", "[\"Merapi\", \"Evakuasi\"]", "EN");
    String indonesian =
        publishedWithMetadata(marker, "Simulasi erupsi Merapi", "[\"merapi\"]", "ID");

    assertEquals(
        List.of(english),
        releaseIds(search("arsiparis", q(marker) + "&tag=evakuasi")),
        "a tag, in the spelling releases keep");
    assertEquals(List.of(english), releaseIds(search("arsiparis", q(marker) + "&language=EN")));
    JsonObject both = search("arsiparis", q(marker) + "&tag=Merapi");
    assertEquals(2, both.getJsonNumber("total").longValue(), both.toString());
    assertEquals(Map.of("merapi", 2L, "evakuasi", 1L), facet(both, "tag"));
    assertEquals(Map.of("EN", 1L, "ID", 1L), facet(both, "language"));
    assertTrue(releaseIds(both).contains(indonesian));
  }

  private String publishedWithMetadata(String marker, String title, String tags, String language) {
    String draft =
        "{\"type\":\"NEWS\",\"title\":\""
            + title
            + " "
            + marker
            + "\",\"body\":\"<p>Latihan warga lereng. "
            + marker
            + "</p>\",\"classification\":\"BIASA\",\"metadata\":{\"tags\":"
            + tags
            + ",\"language\":\""
            + language
            + "\"}}";
    Response created = api.post("/api/releases", token("staf.humas"), draft);
    assertEquals(201, created.status(), created.body());
    String id = created.json().getString("id");
    publish(id, "staf.humas", "kabid.humas");
    return id;
  }

  @Test
  void aMistypedFilterIsA400NamingIt() {
    for (var wrong :
        Map.of(
                "from=2024-13", "from",
                "to=kemarin", "to",
                "from=2025&to=2024", "to",
                "unit=Bidang%20Humas", "unit",
                "type=SURAT", "type",
                "level=TOP_SECRET", "level",
                "language=JAWA", "language",
                "sort=sideways", "sort")
            .entrySet()) {
      Response refused = api.get("/api/archive/search?q=x&" + wrong.getKey(), token("arsiparis"));
      assertEquals(400, refused.status(), wrong.getKey() + ": " + refused.body());
      assertEquals(PROBLEMS + "invalid-input", refused.json().getString("type"), refused.body());
      assertEquals(wrong.getValue(), refused.json().getString("field"), wrong.getKey());
    }
  }

  @Test
  void classifiedSnippetsShownAreRecordedAsReadsWrittenWithTheSearch() throws SQLException {
    String marker = "cuplikan" + UUID.randomUUID().toString().substring(0, 8);
    List<String> secrets = new java.util.ArrayList<>();
    for (String plan : List.of("pengamanan", "evakuasi")) {
      String secret =
          createDraft(
                  "kabid.humas",
                  "RAHASIA",
                  "Rencana " + plan + " " + marker,
                  "<p>Rencana " + plan + " kunjungan " + marker + ".</p>")
              .getString("id");
      publishClassified(secret, "kabid.humas", "kadis.kominfo", "sekda.diy");
      secrets.add(secret);
    }
    String open =
        createDraft("staf.humas", "BIASA", "Pengumuman " + marker, "<p>" + marker + "</p>")
            .getString("id");
    publish(open, "staf.humas", "kabid.humas");

    JsonObject found = search("arsiparis", q(marker));
    assertEquals(3, found.getJsonNumber("total").longValue(), found.toString());
    Map<String, String> recordOfRelease =
        found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .collect(
                Collectors.toMap(hit -> hit.getString("releaseId"), hit -> hit.getString("id")));
    String shown =
        "select count(*) from access.audit_record where action = 'READ'"
            + " and item_kind = 'archive-record' and detail = 'cuplikan hasil pencarian'"
            + " and actor = ? and item_id = ?";
    for (String secret : secrets) {
      assertEquals(1, countAsOwner(shown, "arsiparis", recordOfRelease.get(secret)), secret);
    }
    assertEquals(
        0,
        countAsOwner(shown, "arsiparis", recordOfRelease.get(open)),
        "a Biasa snippet is no read of anything hidden");
    assertEquals(
        1,
        countAsOwner(
            "select count(distinct txid) from access.audit_record where actor = 'arsiparis'"
                + " and detail = 'cuplikan hasil pencarian' and item_id in (?, ?)",
            recordOfRelease.get(secrets.get(0)),
            recordOfRelease.get(secrets.get(1))),
        "the page's reads are written together, in the search's own transaction");

    JsonObject otherAgency = search("staf.pariwisata", q(marker));
    assertEquals(1, otherAgency.getJsonNumber("total").longValue(), otherAgency.toString());
    for (String secret : secrets) {
      assertEquals(
          0,
          countAsOwner(shown, "staf.pariwisata", recordOfRelease.get(secret)),
          "nothing shown, nothing recorded");
    }
  }

  @Test
  void aLevelAboveTheReadersClearanceFindsNothingAndCountsNothing() {
    String marker = "rahasiaarsip" + UUID.randomUUID().toString().substring(0, 8);
    String secret =
        createDraft("kabid.humas", "RAHASIA", "Rencana " + marker, "<p>" + marker + "</p>")
            .getString("id");
    assertEquals(
        200, api.post("/api/releases/" + secret + "/submit", token("kabid.humas"), "{}").status());
    for (String head : List.of("kadis.kominfo", "sekda.diy")) {
      Response approved =
          api.post(
              "/api/releases/" + secret + "/decisions", token(head), "{\"decision\":\"APPROVE\"}");
      assertEquals(200, approved.status(), approved.body());
    }

    JsonObject staff = search("staf.humas", q(marker) + "&level=RAHASIA");
    assertEquals(0, staff.getJsonNumber("total").longValue(), "the unit's staff hold Terbatas");
    assertTrue(facet(staff, "classification").isEmpty(), staff.toString());
    assertEquals(
        1, search("kabid.humas", q(marker) + "&level=RAHASIA").getJsonNumber("total").longValue());
  }

  @Test
  void aMisspeltNameFindsTheRecordSpeltNearlySoAndSaysSo() {
    String run = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "k");
    String humas =
        createDraft(
                "staf.humas",
                "BIASA",
                "Kirab budaya di Gedong" + run + "tengen",
                "<p>Warga Gedong" + run + "tengen mengikuti kirab.</p>")
            .getString("id");
    publish(humas, "staf.humas", "kabid.humas");
    JsonObject exact = search("arsiparis", q("Gedong" + run + "tengen"));
    assertEquals(1, exact.getJsonNumber("total").longValue());
    assertFalse(exact.getBoolean("spellingForgiven"));

    JsonObject misspelt = search("arsiparis", q("Gedong" + run + "tenggen"));
    assertEquals(1, misspelt.getJsonNumber("total").longValue(), misspelt.toString());
    assertTrue(misspelt.getBoolean("spellingForgiven"));
    assertEquals(List.of(humas), releaseIds(misspelt));
    String snippet = misspelt.getJsonArray("items").getJsonObject(0).getString("snippet");
    assertTrue(snippet.contains("«"), snippet);
  }
}
