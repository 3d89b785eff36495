package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An embargo outlives the server: a release a head approves in the browser under embargo, Payara
 * stopped before its time and started again after it, publishes at the next start, exactly once,
 * and the portal shows it once. Its own Warta (its own database and port), since the tests' Payara
 * would otherwise publish it meanwhile.
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
              "{\"type\":\"PRESS_RELEASE\",\"title\":\""
                  + TITLE
                  + "\","
                  + "\"body\":\"<p>Isi.</p>\",\"classification\":\"BIASA\"}");
      assertEquals(201, created.status(), created.body());
      String id = created.json().getString("id");
      // Time enough to sign in and approve in the browser before it passes.
      Instant until = Instant.now().plusSeconds(45);
      Response embargo =
          api.put(
              "/api/releases/" + id + "/embargo",
              WartaIT.token("staf.humas"),
              "{\"until\":\"" + until.atOffset(ZoneOffset.ofHours(7)) + "\"}");
      assertEquals(200, embargo.status(), embargo.body());
      assertEquals(
          200,
          api.post("/api/releases/" + id + "/submit", WartaIT.token("staf.humas"), "{}").status());
      try (Browser chromium = new Browser(warta.baseUrl())) {
        String page = "/app/release.xhtml?id=" + id;
        chromium.signIn("kabid.humas", page);
        chromium.click(By.id("actions:approve"));
        chromium
            .waiting()
            .until(ExpectedConditions.elementToBeClickable(By.id("confirmation:confirm-yes")))
            .click();
        chromium.waiting().until(ExpectedConditions.textToBe(By.id("status"), "Disetujui"));
        chromium.keepLastPage("restart-approved-under-embargo");
      }
      assertTrue(Instant.now().isBefore(until), "approved before its time");

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
      try (Browser citizen = new Browser(warta.baseUrl())) {
        citizen.open("/");
        List<WebElement> shown =
            citizen
                .driver()
                .findElements(By.xpath("//article/h2[normalize-space(.)='" + TITLE + "']"));
        citizen.keepLastPage("restart-portal");
        assertEquals(1, shown.size(), "on the portal, once");
      }
    }
  }

  private static final String TITLE = "Embargo melewati restart";

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
