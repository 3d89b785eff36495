package id.go.jogjaprov.warta.devstack;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How much recording reads costs: requests per second, side by side in one run, against the run
 * command's stack on loopback, for an endpoint that does nothing ({@code /health/live}), reading a
 * Biasa release (not audited) and reading a Rahasia one (audited: one record per read, sealed
 * afterwards). Only answers 200 count. The target is audited reads at no less than half of the
 * empty endpoint. The clients run in this JVM on the same machine, so they take their share of its
 * cores (most for the fastest endpoint); compare ratios, not absolute figures, across machines.
 *
 * <pre>
 * mvn -q -pl modules/devstack exec:java -Dexec.mainClass=id.go.jogjaprov.warta.devstack.AuditedReadBenchmark
 *     [-Dexec.args="clients seconds"]</pre>
 *
 * Stops by itself; prints its figures and ratios, asserts nothing.
 */
public final class AuditedReadBenchmark {

  private static final String BASE = PayaraMicro.baseUrl(WartaStack.HTTP_PORT);

  private AuditedReadBenchmark() {}

  /**
   * Rounds of the three endpoints, one after the other, so that the machine's drift hits all alike.
   */
  private static final int ROUNDS = 5;

  public static void main(String[] args) throws InterruptedException {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    WartaApiClient api = new WartaApiClient(BASE);
    String setUp = WartaApiClient.accessToken("kabid.humas");
    String biasa = draft(api, setUp, "BIASA");
    String rahasia = draft(api, setUp, "RAHASIA");
    System.out.printf(
        Locale.ROOT,
        "%d clients, %d rounds of %d s per endpoint (median shown), after a warm-up; on %d cores%n",
        clients,
        ROUNDS,
        seconds,
        Runtime.getRuntime().availableProcessors());
    String[] labels = {
      "GET /health/live (empty)",
      "GET /api/releases/{Biasa} (not audited)",
      "GET /api/releases/{Rahasia} (audited)"
    };
    String[] paths = {"/health/live", "/api/releases/" + biasa, "/api/releases/" + rahasia};
    double[][] perSecond = new double[3][ROUNDS];
    for (int i = 0; i < 3; i++) {
      run(
          paths[i],
          i == 0 ? null : WartaApiClient.accessToken("kabid.humas"),
          clients,
          Math.max(10, seconds));
    }
    for (int round = 0; round < ROUNDS; round++) {
      for (int i = 0; i < 3; i++) {
        // A fresh token each time: tokens live five minutes, and the run is longer.
        long[] result =
            run(
                paths[i],
                i == 0 ? null : WartaApiClient.accessToken("kabid.humas"),
                clients,
                seconds);
        perSecond[i][round] = result[0] / (double) seconds;
        if (result[1] > 0) {
          System.out.printf(Locale.ROOT, "  (%s: %d answers were not 200)%n", labels[i], result[1]);
        }
      }
    }
    double[] median = new double[3];
    for (int i = 0; i < 3; i++) {
      double[] sorted = perSecond[i].clone();
      java.util.Arrays.sort(sorted);
      median[i] = sorted[ROUNDS / 2];
      System.out.printf(
          Locale.ROOT,
          "%-44s %8.0f req/s  (rounds: %s)%n",
          labels[i],
          median[i],
          java.util.Arrays.toString(
              java.util.Arrays.stream(perSecond[i]).mapToLong(Math::round).toArray()));
    }
    System.out.printf(
        Locale.ROOT,
        "audited / empty = %.2f (target >= 0.50); audited / not audited = %.2f%n",
        median[2] / median[0],
        median[2] / median[1]);
  }

  private static String draft(WartaApiClient api, String token, String level) {
    String body =
        Json.createObjectBuilder()
            .add("type", "NEWS")
            .add("title", "Tolok ukur " + level)
            .add("body", "Isi untuk mengukur biaya jejak audit.")
            .add("classification", level)
            .build()
            .toString();
    var created = api.post("/api/releases", token, body);
    if (created.status() != 201) {
      throw new IllegalStateException(
          "Could not create the " + level + " draft: HTTP " + created.status());
    }
    return created.json().getString("id");
  }

  private static long[] run(String path, String token, int clients, int seconds)
      throws InterruptedException {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong answered = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Thread client =
          new Thread(
              () -> {
                HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpRequest.Builder builder =
                    HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30));
                HttpRequest request =
                    (token == null ? builder : builder.header("Authorization", "Bearer " + token))
                        .build();
                while (running.get()) {
                  try {
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()
                        == 200) {
                      answered.incrementAndGet();
                    } else {
                      failed.incrementAndGet();
                    }
                  } catch (Exception e) {
                    failed.incrementAndGet();
                  }
                }
              });
      client.setDaemon(true);
      client.start();
      threads.add(client);
    }
    Thread.sleep(seconds * 1000L);
    running.set(false);
    for (Thread thread : threads) {
      thread.join(35_000);
    }
    return new long[] {answered.get(), failed.get()};
  }
}
