package id.go.jogjaprov.warta.devstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fills a new installation with demo releases through the real API, as the demo officials would:
 * drafts, releases under review and published ones across units and all four classifications,
 * including the real 2018 article from {@code shared/corpus}.
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
    JsonObject draft =
        Json.createObjectBuilder()
            .add("type", item.getString("type"))
            .add("title", item.getString("title"))
            .add("lead", item.getString("lead"))
            .add("body", item.getString("body"))
            .add("classification", item.getString("classification"))
            .build();
    var created = api.post("/api/releases", author, draft.toString());
    require(created, 201, "create (" + item.getString("classification") + " by " + item.getString("author") + ")");
    String id = created.json().getString("id");
    String outcome = item.getString("outcome");
    if (outcome.equals("draft")) {
      return;
    }
    require(api.post("/api/releases/" + id + "/submit", author, "{}"), 200, "submit");
    if (outcome.equals("published")) {
      String approver = WartaApiClient.accessToken(item.getString("approver"));
      var decision = Json.createObjectBuilder().add("decision", "APPROVE").add("comment", "Layak terbit.").build();
      require(api.post("/api/releases/" + id + "/decisions", approver, decision.toString()), 200, "approve");
    }
  }

  private static void require(WartaApiClient.Response response, int status, String step) {
    if (response.status() != status) {
      throw new IllegalStateException("Seeding failed at " + step + ": HTTP " + response.status());
    }
  }

  /** The real article in shared/corpus, published by Bidang Humas, if the folder is there. */
  private static java.util.Optional<JsonObject> corpusRelease() {
    Path corpus = StackLocations.configDir().resolveSibling("../shared/corpus").normalize();
    try (var files = Files.exists(corpus) ? Files.list(corpus) : java.util.stream.Stream.<Path>empty()) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().map(DemoSeeder::asRelease);
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  private static JsonObject asRelease(Path file) {
    try {
      List<String> paragraphs =
          List.of(Files.readString(file).split("\\n\\s*\\n")).stream().map(String::strip)
              .filter(p -> !p.isEmpty()).toList();
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
