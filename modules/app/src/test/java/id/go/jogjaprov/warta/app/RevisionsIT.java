package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every save is a revision that can be listed, read, compared and restored; each keeps the level
 * the release had when it was saved.
 */
class RevisionsIT extends WartaIT {

  private static String marker(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private Response revise(String id, String user, String tag, String body, String note) {
    JsonObject change =
        Json.createObjectBuilder()
            .add("type", "PRESS_RELEASE")
            .add("title", "Pelatihan kehumasan")
            .add("lead", "Teras berita untuk uji.")
            .add("body", body)
            .add("changeNote", note)
            .build();
    return api.put("/api/releases/" + id, token(user), change.toString(), tag);
  }

  private List<Integer> history(String id, String user) {
    return everyItem("/api/releases/" + id + "/revisions", token(user)).stream()
        .map(revision -> revision.getInt("number"))
        .toList();
  }

  private static String side(JsonObject field, String own) {
    return field.getJsonArray("segments").getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("change").equals("SAME") || s.getString("change").equals(own))
        .map(s -> s.getString("text"))
        .collect(Collectors.joining());
  }

  @Test
  void everySaveIsARevisionToRead_compareAndRestore() {
    JsonObject created =
        createDraft("staf.humas", "BIASA", "Pelatihan humas", "Pelatihan digelar hari Senin.");
    String id = created.getString("id");
    assertEquals(1, created.getInt("revision"));
    Response revised =
        revise(
            id, "staf.humas", etag(created), "Pelatihan digelar hari Selasa.", "Hari diperbaiki");
    assertEquals(200, revised.status(), revised.body());
    assertEquals(2, revised.json().getInt("revision"));

    List<JsonObject> listed = everyItem("/api/releases/" + id + "/revisions", token("staf.humas"));
    assertEquals(List.of(2, 1), listed.stream().map(r -> r.getInt("number")).toList());
    assertEquals("Hari diperbaiki", listed.get(0).getString("changeNote"));
    assertEquals("staf.humas", listed.get(0).getString("author"));
    assertFalse(listed.get(0).containsKey("body"), "a history lists no text");

    Response first = api.get("/api/releases/" + id + "/revisions/1", token("kabid.humas"));
    assertEquals(200, first.status(), first.body());
    assertEquals("<p>Pelatihan digelar hari Senin.</p>", first.json().getString("body"));
    assertEquals("Pelatihan humas", first.json().getString("title"));

    Response diff = api.get("/api/releases/" + id + "/diff?from=1&to=2", token("staf.humas"));
    assertEquals(200, diff.status(), diff.body());
    JsonObject body =
        diff.json().getJsonArray("fields").getValuesAs(JsonObject.class).stream()
            .filter(f -> f.getString("field").equals("body"))
            .findFirst()
            .orElseThrow();
    assertTrue(body.getBoolean("changed"));
    assertEquals("Pelatihan digelar hari Senin.", side(body, "REMOVED"));
    assertEquals("Pelatihan digelar hari Selasa.", side(body, "ADDED"));
    assertTrue(
        body.getJsonArray("segments").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                s -> s.getString("change").equals("ADDED") && s.getString("text").equals("Selasa")),
        "the change is a word, not the whole text: " + body);

    String path = "/api/releases/" + id + "/revisions/1/restore";
    assertEquals(428, api.post(path, token("staf.humas"), "{}").status());
    assertEquals(412, api.post(path, token("staf.humas"), "{}", etag(created)).status());
    Response restored = api.post(path, token("staf.humas"), "{}", etag(revised.json()));
    assertEquals(200, restored.status(), restored.body());
    assertEquals(3, restored.json().getInt("revision"));
    assertEquals("<p>Pelatihan digelar hari Senin.</p>", restored.json().getString("body"));
    assertEquals("Pelatihan humas", restored.json().getString("title"));
    assertEquals(etag(restored.json()), restored.header("ETag"));
    assertEquals(List.of(3, 2, 1), history(id, "staf.humas"));
    assertEquals(
        "Dipulihkan dari revisi 1",
        api.get("/api/releases/" + id + "/revisions/3", token("staf.humas"))
            .json()
            .getJsonObject("revision")
            .getString("changeNote"));
  }

  @Test
  void badRevisionNumbersAreNamedAndNothingChanges() {
    JsonObject created = createDraft("staf.humas", "BIASA", "Nomor revisi", "Isi.");
    String id = created.getString("id");
    String staff = token("staf.humas");
    Response noFrom = api.get("/api/releases/" + id + "/diff?to=1", staff);
    assertEquals(400, noFrom.status());
    assertEquals("from", noFrom.json().getString("field"));
    Response badTo = api.get("/api/releases/" + id + "/diff?from=1&to=-2", staff);
    assertEquals(400, badTo.status());
    assertEquals("to", badTo.json().getString("field"));
    assertEquals(404, api.get("/api/releases/" + id + "/revisions/99", staff).status());
    assertEquals(404, api.get("/api/releases/" + id + "/revisions/satu", staff).status());
    Response missing =
        api.post("/api/releases/" + id + "/revisions/99/restore", staff, "{}", etag(created));
    assertEquals(404, missing.status());
    Response longNote = revise(id, "staf.humas", etag(created), "Isi baru.", "x".repeat(501));
    assertEquals(400, longNote.status());
    assertEquals("changeNote", longNote.json().getString("field"));
    assertEquals(List.of(1), history(id, "staf.humas"));
  }

  @Test
  void aRevisionSavedWhileClassifiedStaysClassifiedAfterTheReleaseIsLowered() {
    String secret = marker("rahasia");
    String safe = marker("aman");
    JsonObject created =
        createDraft("kabid.humas", "RAHASIA", "Bahan rapat", "Isi rahasia " + secret + ".");
    String id = created.getString("id");
    Response revised =
        revise(id, "kabid.humas", etag(created), "Versi aman " + safe + ".", "Isi disaring");
    assertEquals(200, revised.status(), revised.body());
    Response lowering =
        api.post(
            "/api/releases/" + id + "/classification",
            token("kabid.humas"),
            "{\"level\":\"BIASA\",\"reason\":\"Isi yang tersisa sudah umum.\"}");
    assertEquals(202, lowering.status(), lowering.body());
    String request = lowering.json().getJsonObject("request").getString("id");
    assertEquals(
        200,
        api.post(
                "/api/classification-requests/" + request + "/approve",
                token("kadis.kominfo"),
                "{}")
            .status());

    String staff = token("staf.humas");
    assertEquals(200, api.get("/api/releases/" + id, staff).status(), "the release is Biasa now");
    assertEquals(List.of(2), history(id, "staf.humas"), "only the text the lowering approved");
    Response hidden = api.get("/api/releases/" + id + "/revisions/1", staff);
    assertEquals(404, hidden.status());
    assertFalse(hidden.body().contains(secret));
    Response hiddenDiff = api.get("/api/releases/" + id + "/diff?from=1&to=2", staff);
    assertEquals(404, hiddenDiff.status());
    assertFalse(hiddenDiff.body().contains(secret));
    assertEquals(
        api.get("/api/releases/" + id + "/revisions/77", staff).body().replace(id + "/77", "?"),
        hidden.body().replace(id + "/1", "?"),
        "a hidden revision answers like a missing one");

    assertEquals(List.of(2, 1), history(id, "kabid.humas"));
    Response read = api.get("/api/releases/" + id + "/revisions/1", token("kadis.kominfo"));
    assertEquals("RAHASIA", read.json().getJsonObject("revision").getString("classification"));
    assertTrue(
        everyItem("/api/audit?item=" + id + "&action=READ", token("auditor.inspektorat")).stream()
            .anyMatch(
                entry ->
                    entry.getString("actor").equals("kadis.kominfo")
                        && entry.getString("classification").equals("RAHASIA")),
        "reading the classified revision is recorded at its level");
    assertTrue(
        api.get("/api/releases/" + id + "/readers", token("kabid.humas"))
            .body()
            .contains("kadis.kominfo"),
        "and its author sees who read it");

    String tag = api.get("/api/releases/" + id, token("kabid.humas")).header("ETag");
    Response restore =
        api.post("/api/releases/" + id + "/revisions/1/restore", token("kabid.humas"), "{}", tag);
    assertEquals(409, restore.status(), "classified text is not restored into a Biasa release");
    assertFalse(
        api.get("/api/releases/" + id, staff).body().contains(secret), "and nothing changed");
  }

  @Test
  void raisingAReleaseRaisesItsHistory() {
    JsonObject created = createDraft("staf.humas", "BIASA", "Bahan naik", "Isi pertama.");
    String id = created.getString("id");
    assertEquals(200, revise(id, "staf.humas", etag(created), "Isi kedua.", "Kedua").status());
    Response raised =
        api.post(
            "/api/releases/" + id + "/classification",
            token("kabid.humas"),
            "{\"level\":\"RAHASIA\",\"reason\":\"Menyangkut penyidikan.\"}");
    assertEquals(200, raised.status(), raised.body());
    assertEquals(404, api.get("/api/releases/" + id + "/revisions", token("staf.humas")).status());
    assertEquals(
        List.of("RAHASIA", "RAHASIA"),
        everyItem("/api/releases/" + id + "/revisions", token("kabid.humas")).stream()
            .map(r -> r.getString("classification"))
            .toList());
  }
}
