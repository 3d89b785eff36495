package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.SeparateWarta;
import id.go.jogjaprov.warta.devstack.TestStack;
import id.go.jogjaprov.warta.devstack.WartaApiClient;
import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An import outlives its server killed mid-way ({@code kill -9}: no shutdown, a chunk half
 * written): at the next start the importer reads on from the last chunk committed, once the dead
 * node's lease has run out, and every row is a record exactly once. Its own Warta (its own database
 * and port), since killing the tests' Payara would end the run.
 */
class ImportKillIT {

  private static final int PORT = Integer.getInteger("warta.it.kill.port", 8381);
  private static final int ROWS = 20_000;

  @Test
  void anImportKilledMidWayReadsOnAtTheNextStartAndHoldsEveryRowOnce() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    try (SeparateWarta warta =
        SeparateWarta.prepare(
            Path.of(System.getProperty("warta.war")), "warta_it_kill", PORT, new Properties())) {
      warta.start();
      WartaApiClient api = new WartaApiClient(warta.baseUrl());
      StringBuilder csv = new StringBuilder("id,title,published,body\n");
      for (int i = 0; i < ROWS; i++) {
        csv.append(run)
            .append('-')
            .append(i)
            .append(",Kegiatan bidang ")
            .append(i)
            .append(",2017-03-15,Laporan kegiatan nomor ")
            .append(i)
            .append(".\n");
      }
      Response started =
          api.upload(
              "/api/archive/imports?name=besar.csv&unit=%2FPemda%20DIY%2FDiskominfo%20DIY",
              WartaIT.token("arsiparis"),
              "application/octet-stream",
              csv.toString().getBytes(StandardCharsets.UTF_8));
      assertTrue(started.status() < 300, started.body());
      String progress = "/api/archive/imports/" + started.json().getString("id");

      int doneWhenKilled = 0;
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (doneWhenKilled < 1_000 && System.nanoTime() < deadline) {
        doneWhenKilled = api.get(progress, WartaIT.token("arsiparis")).json().getInt("done");
        Thread.sleep(50);
      }
      warta.kill();
      assertTrue(
          doneWhenKilled >= 1_000 && doneWhenKilled < ROWS,
          "killed part of the way: " + doneWhenKilled);
      long recordsWhenKilled = records(warta, run);
      assertTrue(recordsWhenKilled < ROWS, "killed before the end: " + recordsWhenKilled);

      warta.start();
      JsonObject ended = null;
      deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
      while (System.nanoTime() < deadline) {
        JsonObject now = api.get(progress, WartaIT.token("arsiparis")).json();
        if (!now.getString("status").equals("RUNNING")) {
          ended = now;
          break;
        }
        Thread.sleep(500);
      }
      assertTrue(ended != null, "the import ended after the restart");
      assertEquals("DONE", ended.getString("status"), ended.toString());
      assertEquals(ROWS, ended.getInt("done"), ended.toString());
      assertEquals(ROWS, ended.getInt("imported") + ended.getInt("alreadyPresent"));
      assertEquals(0, ended.getInt("rejected"));
      assertEquals(ROWS, records(warta, run), "every row a record, none twice");
    }
  }

  /** The records this run's import wrote, read in the database as its owner. */
  private static long records(SeparateWarta warta, String run) throws Exception {
    try (Connection db =
            DriverManager.getConnection(
                warta.databaseUrl(), TestStack.OWNER, TestStack.OWNER_PASSWORD);
        PreparedStatement count =
            db.prepareStatement(
                "select count(*) from archives.record r"
                    + " join archives.imported_record k on k.record_id = r.id"
                    + " where k.import_key like ?")) {
      count.setString(1, "%" + run + "-%");
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
