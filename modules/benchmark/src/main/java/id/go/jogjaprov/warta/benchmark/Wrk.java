package id.go.jogjaprov.warta.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Drives the running server with wrk (Debian's package) on loopback: closed-loop clients, each a
 * keep-alive connection that sends its next request when the last one was answered, the requests
 * going round a list of paths. A Lua script reads the percentiles from wrk's own histogram.
 */
final class Wrk {

  private static final String SCRIPT =
      """
      local paths = {}
      for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
      local token = os.getenv("BENCH_TOKEN")
      local next = 0
      request = function()
        next = next % #paths + 1
        return wrk.format("GET", paths[next], {["Authorization"] = "Bearer " .. token})
      end
      done = function(summary, latency, requests)
        local e = summary.errors
        io.write(string.format("RESULT %d %d %d %d %d %d\\n", summary.requests, summary.duration,
          latency:percentile(50), latency:percentile(95), latency:percentile(99),
          e.connect + e.read + e.write + e.status + e.timeout))
      end
      """;

  /** What one run measured; times in milliseconds. */
  record Figures(long requests, double seconds, double p50, double p95, double p99, long errors) {
    double throughput() {
      return requests / seconds;
    }
  }

  private final String baseUrl;
  private final Path script;

  Wrk(String baseUrl) {
    this.baseUrl = baseUrl;
    try {
      script = Files.createTempFile("bench", ".lua");
      Files.writeString(script, SCRIPT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The search API's path for {@code words}, one page of 20 as the archive page asks. */
  /**
   * A first page of 20 hits, counted as {@code counting} asks ({@code exact}, {@code approximate}).
   */
  static String searchPath(String words, String counting) {
    return "/api/archive/search?size=20&counts="
        + (counting.equals(Report.NEWEST) ? Report.APPROXIMATE + "&sort=newest" : counting)
        + "&q="
        + URLEncoder.encode(words, StandardCharsets.UTF_8);
  }

  Figures run(List<String> paths, String token, int clients, Duration duration) {
    try {
      Path list = Files.createTempFile("bench-paths", ".txt");
      Files.write(list, paths);
      ProcessBuilder builder =
          new ProcessBuilder(
                  "wrk",
                  "-t" + Math.min(clients, 2),
                  "-c" + clients,
                  "-d" + duration.toSeconds() + "s",
                  "--timeout",
                  "60s",
                  "-s",
                  script.toString(),
                  baseUrl)
              .redirectErrorStream(true);
      builder.environment().put("BENCH_PATHS", list.toString());
      builder.environment().put("BENCH_TOKEN", token);
      Process wrk = builder.start();
      String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (wrk.waitFor() != 0) {
        throw new IllegalStateException("wrk failed: " + output);
      }
      Files.delete(list);
      String result =
          output
              .lines()
              .filter(line -> line.startsWith("RESULT "))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("wrk said no result: " + output));
      String[] f = result.split(" ");
      return new Figures(
          Long.parseLong(f[1]),
          Long.parseLong(f[2]) / 1e6,
          Long.parseLong(f[3]) / 1e3,
          Long.parseLong(f[4]) / 1e3,
          Long.parseLong(f[5]) / 1e3,
          Long.parseLong(f[6]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
