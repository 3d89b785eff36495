package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Saved archive searches: kept under a name by their owner only, checked as a search link is, and
 * run with what their owner may read the day they run.
 */
class SavedSearchIT extends WartaIT {

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private Response save(String user, String name, String parameters) {
    return api.post(
        "/api/archive/saved-searches",
        token(user),
        "{\"name\":\"" + name + "\",\"parameters\":" + parameters + "}");
  }

  private List<JsonObject> mine(String user) {
    Response mine = api.get("/api/archive/saved-searches", token(user));
    assertEquals(200, mine.status(), mine.body());
    return jakarta.json.Json.createReader(new java.io.StringReader(mine.body()))
        .readArray()
        .getValuesAs(JsonObject.class);
  }

  @Test
  void anOfficialKeepsSearchesUnderANameAndRunsThemByTheirLink() {
    String name = "Pelatihan humas " + run;
    Response saved =
        save(
            "arsiparis",
            name,
            "{\"q\":\"pelatihan\",\"unit\":\"/Pemda DIY/Diskominfo DIY\",\"from\":\"2024\"}");
    assertEquals(201, saved.status(), saved.body());
    String link = saved.json().getString("link");
    assertTrue(link.contains("/api/archive/search?q=pelatihan&from=2024&unit=%2FPemda"), link);
    Response ran = api.get(link.substring(link.indexOf("/api/")), token("arsiparis"));
    assertEquals(200, ran.status(), ran.body());
    Response same =
        api.get(
            "/api/archive/search?q=pelatihan&from=2024&unit=%2FPemda%20DIY%2FDiskominfo%20DIY",
            token("arsiparis"));
    assertEquals(same.json().getJsonObject("facets"), ran.json().getJsonObject("facets"));

    Response replaced = save("arsiparis", name, "{\"q\":\"latih\"}");
    assertEquals(201, replaced.status(), replaced.body());
    assertEquals(saved.json().getString("id"), replaced.json().getString("id"), "the same search");
    List<JsonObject> mine =
        mine("arsiparis").stream().filter(s -> s.getString("name").equals(name)).toList();
    assertEquals(1, mine.size());
    assertEquals("latih", mine.get(0).getJsonObject("parameters").getString("q"));
    assertFalse(mine.get(0).getJsonObject("parameters").containsKey("unit"));

    assertEquals(
        204,
        api.send(
                "DELETE",
                "/api/archive/saved-searches/" + saved.json().getString("id"),
                token("arsiparis"),
                new byte[0])
            .status());
    assertTrue(mine("arsiparis").stream().noneMatch(s -> s.getString("name").equals(name)));
  }

  @Test
  void anotherOfficialSeesNothingOfSomeoneElsesSearchesAndCannotDeleteThem() {
    String name = "Rahasia wingit " + run;
    String id = save("kabid.humas", name, "{\"q\":\"wingit\"}").json().getString("id");
    assertTrue(mine("staf.humas").stream().noneMatch(s -> s.getString("name").equals(name)));
    assertEquals(
        404,
        api.send("DELETE", "/api/archive/saved-searches/" + id, token("staf.humas"), new byte[0])
            .status());
    assertTrue(mine("kabid.humas").stream().anyMatch(s -> s.getString("name").equals(name)));
    assertEquals(401, api.get("/api/archive/saved-searches", null).status());
  }

  @Test
  void aSearchTheArchiveWouldRefuseIsNotKept() {
    Response unknown = save("arsiparis", "Salah " + run, "{\"q\":\"x\",\"satuan\":\"humas\"}");
    assertEquals(400, unknown.status(), unknown.body());
    assertTrue(unknown.body().contains("satuan"), unknown.body());
    Response mistyped = save("arsiparis", "Salah " + run, "{\"language\":\"JAWA\"}");
    assertEquals(400, mistyped.status(), mistyped.body());
    assertEquals(400, save("arsiparis", "Kosong " + run, "{}").status());
    assertEquals(400, save("arsiparis", "", "{\"q\":\"x\"}").status());
    assertEquals(400, save("arsiparis", "n".repeat(101), "{\"q\":\"x\"}").status());
    assertTrue(mine("arsiparis").stream().noneMatch(s -> s.getString("name").contains(run)));
  }
}
