package id.go.jogjaprov.warta.devstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Fills a new installation with demo releases through the real API, as the demo officials would:
 * drafts, releases under review and published ones across units and all four classifications,
 * including a real 2018 article (koranbernas.id, kept in {@code seed/corpus}).
 */
final class DemoSeeder {

  private final WartaApiClient api;

  DemoSeeder(String baseUrl) {
    this.api = new WartaApiClient(baseUrl);
  }

  void seed() {
    if (api.get("/api/public/releases", null).json().getJsonNumber("total").longValue() > 0) {
      System.out.println("[warta] demo content: already there");
      return;
    }
    corpusRelease().ifPresent(this::seedOne);
    try (InputStream in = DemoSeeder.class.getResourceAsStream("/seed/releases.json")) {
      Json.createReader(in).readArray().getValuesAs(JsonObject.class).forEach(this::seedOne);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println("[warta] demo content: seeded");
  }

  private void seedOne(JsonObject item) {
    String author = WartaApiClient.accessToken(item.getString("author"));
    var text =
        Json.createObjectBuilder()
            .add("type", item.getString("type"))
            .add("title", item.getString("title"))
            .add("lead", item.getString("lead"))
            .add("body", item.getString("body"))
            .add("classification", item.getString("classification"));
    if (!item.getString("classification").equals("BIASA")) {
      // Classified material is exempt information (UU 14/2008 art. 17): its author records why.
      text.add(
          "consequenceTest",
          Json.createObjectBuilder()
              .add("legalGround", "Pasal 17 huruf b UU 14/2008")
              .add(
                  "harm", "Membuka bahan ini sekarang dapat mengganggu tugas yang sedang berjalan.")
              .add(
                  "publicInterest",
                  "Kepentingan publik lebih terlayani bila bahan dibuka setelah tugas selesai.")
              .add("officer", item.getString("author"))
              .add("reviewOn", java.time.LocalDate.now().plusYears(1).toString()));
    }
    JsonObject draft = text.build();
    var created = api.post("/api/releases", author, draft.toString());
    require(
        created,
        201,
        "create (" + item.getString("classification") + " by " + item.getString("author") + ")");
    String id = created.json().getString("id");
    String outcome = item.getString("outcome");
    if (outcome.equals("draft")) {
      return;
    }
    require(api.post("/api/releases/" + id + "/submit", author, "{}"), 200, "submit");
    if (outcome.equals("published")) {
      String approver = WartaApiClient.accessToken(item.getString("approver"));
      var decision =
          Json.createObjectBuilder()
              .add("decision", "APPROVE")
              .add("comment", "Layak terbit.")
              .build();
      require(
          api.post("/api/releases/" + id + "/decisions", approver, decision.toString()),
          200,
          "approve");
    }
  }

  private static void require(WartaApiClient.Response response, int status, String step) {
    if (response.status() != status) {
      throw new IllegalStateException("Seeding failed at " + step + ": HTTP " + response.status());
    }
  }

  /** The real article kept with the seed, published by Bidang Humas. */
  private static java.util.Optional<JsonObject> corpusRelease() {
    try (InputStream in = DemoSeeder.class.getResourceAsStream(CORPUS_ARTICLE)) {
      return in == null
          ? java.util.Optional.empty()
          : java.util.Optional.of(
              asRelease(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String CORPUS_ARTICLE =
      "/seed/corpus/koranbernas-2018-02-20-humas-rahasia.txt";

  private static JsonObject asRelease(String article) {
    List<String> paragraphs =
        List.of(article.split("\\n\\s*\\n")).stream()
            .map(String::strip)
            .filter(p -> !p.isEmpty())
            .toList();
    // First paragraph: headline; then a view count and a photo caption; the story follows.
    List<String> story = paragraphs.subList(Math.min(3, paragraphs.size()), paragraphs.size());
    return Json.createObjectBuilder()
        .add("author", "staf.humas")
        .add("approver", "kabid.humas")
        .add("outcome", "published")
        .add("type", "NEWS")
        .add("classification", "BIASA")
        .add("title", paragraphs.get(0))
        .add("lead", story.get(0))
        .add("body", String.join("\n\n", story))
        .add("source", JsonValue.NULL)
        .build();
  }
}
