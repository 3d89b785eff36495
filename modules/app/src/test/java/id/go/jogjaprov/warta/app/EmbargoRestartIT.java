package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.go.jogjaprov.warta.devstack.SeparateWarta;
import id.go.jogjaprov.warta.devstack.TestStack;
import id.go.jogjaprov.warta.devstack.WartaApiClient;
import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An embargo outlives the server: a release approved under embargo, Payara stopped before its time
 * and started again after it, publishes at the next start, exactly once. Its own Warta (its own
 * database and port), since the tests' Payara would otherwise publish it meanwhile.
 */
class EmbargoRestartIT {

  private static final int PORT = Integer.getInteger("warta.it.restart.port", 8380);

  @Test
  void anEmbargoWhoseTimePassedWhileWartaWasDownPublishesAtTheNextStartExactlyOnce()
      throws Exception {
    Properties settings = new Properties();
    settings.setProperty("warta.publication.check-every", "PT1S");
    try (SeparateWarta warta =
        SeparateWarta.prepare(
            Path.of(System.getProperty("warta.war")), "warta_it_restart", PORT, settings)) {
      warta.start();
      WartaApiClient api = new WartaApiClient(warta.baseUrl());
      Response created =
          api.post(
              "/api/releases",
              WartaIT.token("staf.humas"),
              "{\"type\":\"PRESS_RELEASE\",\"title\":\"Embargo melewati restart\","
                  + "\"body\":\"<p>Isi.</p>\",\"classification\":\"BIASA\"}");
      assertEquals(201, created.status(), created.body());
      String id = created.json().getString("id");
      Instant until = Instant.now().plusSeconds(30);
      Response embargo =
          api.put(
              "/api/releases/" + id + "/embargo",
              WartaIT.token("staf.humas"),
              "{\"until\":\"" + until.atOffset(ZoneOffset.ofHours(7)) + "\"}");
      assertEquals(200, embargo.status(), embargo.body());
      assertEquals(
          200,
          api.post("/api/releases/" + id + "/submit", WartaIT.token("staf.humas"), "{}").status());
      Response approved =
          api.post(
              "/api/releases/" + id + "/decisions",
              WartaIT.token("kabid.humas"),
              "{\"decision\":\"APPROVE\"}");
      assertEquals("APPROVED", approved.json().getString("status"), approved.body());

      warta.stop();
      Thread.sleep(Math.max(0, until.toEpochMilli() - System.currentTimeMillis()) + 2000);
      assertEquals(
          "APPROVED", storedStatus(warta, id), "its time passed while no Warta was running");

      warta.start();
      Instant deadline = Instant.now().plusSeconds(60);
      while (!status(api, id).equals("PUBLISHED") && Instant.now().isBefore(deadline)) {
        Thread.sleep(500);
      }
      assertEquals("PUBLISHED", status(api, id), "published at the first look after the start");
      // A few more rounds of the publisher: still once.
      Thread.sleep(3000);
      List<JsonObject> publications =
          api
              .get("/api/releases/" + id + "/timeline?size=100", WartaIT.token("staf.humas"))
              .json()
              .getJsonArray("items")
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(step -> step.getString("move").equals("PUBLISH"))
              .toList();
      assertEquals(1, publications.size(), publications.toString());
      assertEquals(EmbargoIT.PUBLISHER, publications.get(0).getString("by"));
      assertFalse(
          Instant.parse(publications.get(0).getString("at")).isBefore(until),
          "not before its time");
    }
  }

  private static String status(WartaApiClient api, String id) {
    return api.get("/api/releases/" + id, WartaIT.token("staf.humas")).json().getString("status");
  }

  /** What the database holds, read as its owner while no Warta runs. */
  private static String storedStatus(SeparateWarta warta, String id) throws SQLException {
    try (var connection =
            DriverManager.getConnection(
                warta.databaseUrl(), TestStack.OWNER, TestStack.OWNER_PASSWORD);
        var query =
            connection.prepareStatement("select status from content.release where id = ?")) {
      query.setObject(1, UUID.fromString(id));
      var row = query.executeQuery();
      row.next();
      return row.getString(1);
    }
  }
}
