package id.go.jogjaprov.warta.benchmark;

import id.go.jogjaprov.warta.devstack.WartaApiClient;
import id.go.jogjaprov.warta.kernel.Classification;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Loads the corpus through Warta's own import (the path past releases take, ADR 12): CSV files of
 * {@link #FILE_ROWS} rows handed over by the API, one after the other, as the head archivist
 * cleared for Sangat Rahasia, each read into records by the import duty. The rate is records per
 * second from the first file handed over to the last row read, checking included.
 */
final class CorpusImport {

  static final String IMPORTER = "arsiparis.utama";

  private static final int FILE_ROWS = 100_000;
  private static final String KEY_PREFIX = "bench-";

  private CorpusImport() {}

  /** How many of the corpus's rows were imported already. */
  static long present(Connection owner) throws SQLException {
    try (var query =
        owner.prepareStatement(
            "select count(*) from archives.imported_record where import_key like ?")) {
      query.setString(1, "csv:" + KEY_PREFIX + "%");
      ResultSet row = query.executeQuery();
      row.next();
      return row.getLong(1);
    }
  }

  /**
   * Vacuums and analyses the database, as an operator does after a bulk import, so that the first
   * runs do not share the two cores with autovacuum catching up on the load; answers seconds.
   */
  static long settle(Connection owner) throws SQLException {
    long started = System.nanoTime();
    try (var vacuum = owner.createStatement()) {
      vacuum.execute("vacuum (analyze)");
    }
    return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
  }

  /** Imports the corpus; answers records per second. */
  static double load(String baseUrl, Corpus corpus) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    WartaApiClient api = new WartaApiClient(baseUrl);
    long started = System.nanoTime();
    for (int from = 0; from < corpus.size(); from += FILE_ROWS) {
      int to = Math.min(corpus.size(), from + FILE_ROWS);
      Path file = Files.createTempFile("bench-import-", ".csv");
      try {
        write(corpus, from, to, file);
        HttpResponse<String> handed =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            baseUrl
                                + "/api/archive/imports?name=bench-"
                                + from
                                + ".csv&unit="
                                + URLEncoder.encode("/Pemda DIY", StandardCharsets.UTF_8)
                                    .replace("+", "%20")))
                    .header("Authorization", "Bearer " + WartaApiClient.accessToken(IMPORTER))
                    .header("Content-Type", "text/csv")
                    .timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofFile(file))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (handed.statusCode() != 202) {
          throw new IllegalStateException("The import refused the file: " + handed.body());
        }
        awaitEnd(api, Json.createReader(new StringReader(handed.body())).readObject());
      } finally {
        Files.deleteIfExists(file);
      }
      System.out.printf("[benchmark] imported %,d records%n", to);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return corpus.size() / seconds;
  }

  private static void awaitEnd(WartaApiClient api, JsonObject started) throws InterruptedException {
    String path = "/api/archive/imports/" + started.getString("id");
    while (true) {
      JsonObject progress = api.get(path, WartaApiClient.accessToken(IMPORTER)).json();
      String status = progress.getString("status");
      if (status.equals("FAILED") || (status.equals("DONE") && progress.getInt("rejected") > 0)) {
        throw new IllegalStateException("The import did not take every row: " + progress);
      }
      if (status.equals("DONE")) {
        return;
      }
      Thread.sleep(2000);
    }
  }

  private static void write(Corpus corpus, int from, int to, Path file) throws IOException {
    try (BufferedWriter csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      csv.write("id,title,lead,body,published,unit,type,classification,public,author\n");
      for (int n = from; n < to; n++) {
        Corpus.Row row = corpus.row(n);
        csv.write(KEY_PREFIX + n);
        csv.write(',');
        csv.write(quoted(row.title()));
        csv.write(',');
        csv.write(quoted(row.lead()));
        csv.write(',');
        csv.write(quoted(row.body()));
        csv.write(',');
        csv.write(row.publishedAt().toString());
        csv.write(',');
        csv.write(quoted(row.unit()));
        csv.write(',');
        csv.write(row.type());
        csv.write(',');
        csv.write(Classification.ofLevel(row.level()).name());
        csv.write(',');
        csv.write(row.publiclyReadable() ? "ya" : "tidak");
        csv.write(",arsip.impor\n");
      }
    }
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
