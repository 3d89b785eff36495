package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The labels every release carries. Under the public information act: classified material is always
 * exempt, exempt information goes to review only with its consequence test, and only public
 * information is public.
 */
class ReleaseLabelsIT extends WartaIT {

  /** Words in every title, so that one test's records can be found in the archive. */
  private final String marker = "label" + java.util.UUID.randomUUID().toString().substring(0, 8);

  private Response create(String author, String classification, String category, JsonObject test) {
    var draft =
        Json.createObjectBuilder()
            .add("type", "NEWS")
            .add("title", "Label " + classification + " " + marker)
            .add("body", "Isi.")
            .add("classification", classification);
    if (category != null) {
      draft.add("informationCategory", category);
    }
    if (test != null) {
      draft.add("consequenceTest", test);
    }
    return api.post("/api/releases", token(author), draft.build().toString());
  }

  @Test
  void classifiedMaterialIsNeverPublicInformation() {
    Response refused = create("staf.humas", "TERBATAS", "BERKALA", null);
    assertEquals(400, refused.status(), refused.body());
    assertEquals("informationCategory", refused.json().getString("field"));

    Response exempt = create("staf.humas", "TERBATAS", null, null);
    assertEquals(201, exempt.status(), exempt.body());
    assertEquals("DIKECUALIKAN", exempt.json().getString("informationCategory"));
    assertEquals(
        "SETIAP_SAAT",
        create("staf.humas", "BIASA", null, null).json().getString("informationCategory"));
  }

  @Test
  void exemptInformationGoesToReviewOnlyWithACompleteConsequenceTest() {
    String id = create("staf.humas", "TERBATAS", null, null).json().getString("id");
    Response refused = api.post("/api/releases/" + id + "/submit", token("staf.humas"), "{}");
    assertEquals(409, refused.status(), refused.body());
    assertTrue(refused.json().getString("detail").contains("uji konsekuensi"));

    JsonObject past =
        Json.createObjectBuilder(consequenceTest("kabid.humas"))
            .add("reviewOn", LocalDate.now().minusDays(1).toString())
            .build();
    Response badDate = create("staf.humas", "TERBATAS", null, past);
    assertEquals(400, badDate.status());
    assertEquals("consequenceTest.reviewOn", badDate.json().getString("field"));
    JsonObject noHarm =
        Json.createObjectBuilder(consequenceTest("kabid.humas")).add("harm", " ").build();
    assertEquals(
        "consequenceTest.harm",
        create("staf.humas", "TERBATAS", null, noHarm).json().getString("field"));

    JsonObject tested = createDraft("staf.humas", "TERBATAS", "Teruji", "Isi.");
    assertEquals(
        "Pasal 17 huruf b UU 14/2008",
        tested.getJsonObject("consequenceTest").getString("legalGround"));
    assertEquals(
        200,
        api.post("/api/releases/" + tested.getString("id") + "/submit", token("staf.humas"), "{}")
            .status());
  }

  @Test
  void aBiasaReleaseDeclaredExemptIsPublishedButStaysOffThePortal() {
    Response exempt = create("staf.humas", "BIASA", "DIKECUALIKAN", consequenceTest("kabid.humas"));
    assertEquals(201, exempt.status(), exempt.body());
    String id = exempt.json().getString("id");
    publish(id, "staf.humas", "kabid.humas");
    assertFalse(ids(everyItem("/api/public/releases", null)).contains(id));
    assertEquals(404, api.get("/api/releases/" + id, token("staf.pariwisata")).status());
    String search = "/api/archive/search?q=" + marker;
    assertEquals(
        0,
        api.get(search, token("staf.pariwisata")).json().getJsonNumber("total").longValue(),
        "nor is its archive record public");
    assertEquals(1, api.get(search, token("arsiparis")).json().getJsonNumber("total").longValue());
  }

  @Test
  void subjectAndRetentionCodesComeFromTheOfficesSchemes() {
    JsonObject press = create("staf.humas", "BIASA", null, null).json();
    assertEquals("487.2", press.getString("subjectCode"), "a news item's default subject");
    assertEquals("HUM-02", press.getString("retentionCode"));

    JsonObject unknown =
        Json.createObjectBuilder()
            .add("type", "NEWS")
            .add("title", "Kode asing")
            .add("body", "Isi.")
            .add("classification", "BIASA")
            .add("subjectCode", "999.9")
            .build();
    Response refused = api.post("/api/releases", token("staf.humas"), unknown.toString());
    assertEquals(400, refused.status());
    assertEquals("subjectCode", refused.json().getString("field"));

    Response schemes = api.get("/api/schemes", token("staf.humas"));
    assertEquals(200, schemes.status());
    assertTrue(schemes.body().contains("\"487.1\"") && schemes.body().contains("PERMANEN"));
  }

  @Test
  void tagsLanguageTranslationAndContactAreKeptAndAPublishedReleaseGetsItsAddress() {
    JsonObject original = createDraft("staf.humas", "BIASA", "Sekaten " + marker, "Isi.");
    JsonObject metadata =
        Json.createObjectBuilder()
            .add("tags", Json.createArrayBuilder().add("Sekaten").add("budaya"))
            .add("language", "EN")
            .add("translationOf", original.getString("id"))
            .add(
                "contact",
                Json.createObjectBuilder().add("name", "Rina Pratiwi").add("phone", "0274 512345"))
            .build();
    JsonObject english =
        Json.createObjectBuilder()
            .add("type", "PRESS_RELEASE")
            .add("title", "Sekaten festival " + marker)
            .add("body", "Text.")
            .add("classification", "BIASA")
            .add("metadata", metadata)
            .build();
    Response created = api.post("/api/releases", token("staf.humas"), english.toString());
    assertEquals(201, created.status(), created.body());
    JsonObject kept = created.json().getJsonObject("metadata");
    assertEquals("[\"budaya\",\"sekaten\"]", kept.getJsonArray("tags").toString());
    assertEquals(original.getString("id"), kept.getString("translationOf"));
    assertEquals("Rina Pratiwi", kept.getJsonObject("contact").getString("name"));

    JsonObject sameLanguage =
        Json.createObjectBuilder(english)
            .add("metadata", Json.createObjectBuilder(metadata).add("language", "ID"))
            .build();
    Response refused = api.post("/api/releases", token("staf.humas"), sameLanguage.toString());
    assertEquals(400, refused.status());
    assertEquals("metadata.translationOf", refused.json().getString("field"));
    JsonObject hiddenOriginal =
        Json.createObjectBuilder(english)
            .add(
                "metadata",
                Json.createObjectBuilder(metadata)
                    .add(
                        "translationOf",
                        createDraft("kabid.pariwisata", "RAHASIA", "Lain", "Isi.").getString("id")))
            .build();
    Response hidden = api.post("/api/releases", token("staf.humas"), hiddenOriginal.toString());
    assertEquals(400, hidden.status(), "an original the author may not read is not found");

    String id = created.json().getString("id");
    assertFalse(created.json().containsKey("slug") && !created.json().isNull("slug"));
    publish(id, "staf.humas", "kabid.humas");
    String slug = api.get("/api/releases/" + id, token("staf.humas")).json().getString("slug");
    assertTrue(slug.matches("sekaten-festival-" + marker + "-[a-z2-9]{6}"), slug);
  }

  @Test
  void publicPressReleasesAreNumberedInTheUnitsSeriesWithoutGapsForClassifiedOnes() {
    String first =
        createDraft("staf.humas", "BIASA", "Nomor satu " + marker, "Isi.").getString("id");
    String secret =
        createDraft("staf.humas", "TERBATAS", "Nomor rahasia " + marker, "Isi.").getString("id");
    String second =
        createDraft("staf.humas", "BIASA", "Nomor dua " + marker, "Isi.").getString("id");
    for (String id : List.of(first, secret, second)) {
      publish(id, "staf.humas", "kabid.humas");
    }
    String head = token("kabid.humas");
    String one = api.get("/api/releases/" + first, head).json().getString("number");
    String two = api.get("/api/releases/" + second, head).json().getString("number");
    assertTrue(one.matches("\\d+/HUMAS/[IVX]+/\\d{4}"), one);
    assertFalse(
        api.get("/api/releases/" + secret, head).json().containsKey("number"), "only public ones");
    assertEquals(
        Integer.parseInt(one.substring(0, one.indexOf('/'))) + 1,
        Integer.parseInt(two.substring(0, two.indexOf('/'))),
        "the series has no gap where the Terbatas one was published");
  }
}
