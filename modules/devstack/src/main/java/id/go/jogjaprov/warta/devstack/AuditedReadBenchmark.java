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
 * afterwards). The target is audited reads at no less than half of the empty endpoint.
 *
 * <pre>mvn -q -pl modules/devstack exec:java -Dexec.mainClass=id.go.jogjaprov.warta.devstack.AuditedReadBenchmark
 *     [-Dexec.args="clients seconds"]</pre>
 *
 * Stops by itself; prints its figures and ratios, asserts nothing.
 */
public final class AuditedReadBenchmark {

  private static final String BASE = PayaraMicro.baseUrl(WartaStack.HTTP_PORT);

  private AuditedReadBenchmark() {}

  public static void main(String[] args) throws InterruptedException {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    WartaApiClient api = new WartaApiClient(BASE);
    String head = WartaApiClient.accessToken("kabid.humas");
    String biasa = draft(api, head, "BIASA");
    String rahasia = draft(api, head, "RAHASIA");
    System.out.printf(Locale.ROOT, "%d clients, %d s each, after a %d s warm-up; on %d cores%n",
        clients, seconds, seconds / 4, Runtime.getRuntime().availableProcessors());
    double empty = measure("GET /health/live (empty)", "/health/live", null, clients, seconds);
    double plain = measure("GET /api/releases/{Biasa} (not audited)", "/api/releases/" + biasa, head, clients, seconds);
    double audited = measure("GET /api/releases/{Rahasia} (audited)", "/api/releases/" + rahasia, head, clients, seconds);
    System.out.printf(Locale.ROOT, "audited / empty = %.2f (target >= 0.50); audited / not audited = %.2f%n",
        audited / empty, audited / plain);
  }

  private static String draft(WartaApiClient api, String token, String level) {
    String body = Json.createObjectBuilder().add("type", "NEWS").add("title", "Tolok ukur " + level)
        .add("body", "Isi untuk mengukur biaya jejak audit.").add("classification", level).build().toString();
    var created = api.post("/api/releases", token, body);
    if (created.status() != 201) {
      throw new IllegalStateException("Could not create the " + level + " draft: HTTP " + created.status());
    }
    return created.json().getString("id");
  }

  /** Requests per second that {@code clients} keep-alive clients reach; warms up first. */
  private static double measure(String label, String path, String token, int clients, int seconds)
      throws InterruptedException {
    run(path, token, clients, Math.max(2, seconds / 4));
    long[] result = run(path, token, clients, seconds);
    double perSecond = result[0] / (double) seconds;
    System.out.printf(Locale.ROOT, "%-44s %8.0f req/s  (%d answers, %d not 200)%n", label, perSecond, result[0], result[1]);
    return perSecond;
  }

  private static long[] run(String path, String token, int clients, int seconds) throws InterruptedException {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong answered = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Thread client = new Thread(() -> {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30));
        HttpRequest request = (token == null ? builder : builder.header("Authorization", "Bearer " + token)).build();
        while (running.get()) {
          try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            answered.incrementAndGet();
            if (status != 200) {
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
