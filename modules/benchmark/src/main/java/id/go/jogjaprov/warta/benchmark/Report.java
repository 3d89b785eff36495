package id.go.jogjaprov.warta.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/** Collects one run's figures and renders them as a Markdown table with the machine described. */
final class Report {

  static final String EXACT = "exact";
  static final String APPROXIMATE = "approximate";

  /** Counted like {@link #APPROXIMATE}, the newest first (ties by record id), not by relevance. */
  static final String NEWEST = "newest";

  /** The target for exact counts: p95 within this multiple of the floor's. */
  private static final double FLOOR_TARGET = 1.5;

  /** The target for approximate counts with 8 clients: p95 within this many milliseconds. */
  private static final double APPROXIMATE_TARGET_MS = 150;

  private record Key(String persona, String kind, String counting, int clients) {}

  private record Floor(double p50, double p95, double p99, double throughput) {}

  private final int records;
  private final Duration duration;
  private final Map<Key, Wrk.Figures> product = new LinkedHashMap<>();
  private final Map<Key, Floor> floors = new LinkedHashMap<>();
  private final Map<Integer, Wrk.Figures> empty = new LinkedHashMap<>();
  private double loadedPerSecond = Double.NaN;
  private long indexLagSeconds = -1;
  private long settleSeconds = -1;
  private long rebuildSeconds = -1;
  private long peakRss = -1;
  private long peakHeap = -1;

  Report(int records, Duration duration) {
    this.records = records;
    this.duration = duration;
  }

  void loaded(double perSecond) {
    loadedPerSecond = perSecond;
  }

  /** How long after the load the index held every record. */
  void indexed(long lagSeconds) {
    indexLagSeconds = lagSeconds;
  }

  /** How long the database took to vacuum and analyse before the warm-up. */
  void settled(long seconds) {
    settleSeconds = seconds;
  }

  /** How long after a restart without its index Warta's index held every record again. */
  void rebuilt(long seconds) {
    rebuildSeconds = seconds;
  }

  void product(String persona, String kind, String counting, int clients, Wrk.Figures figures) {
    product.put(new Key(persona, kind, counting, clients), figures);
  }

  void emptyEndpoint(int clients, Wrk.Figures figures) {
    empty.put(clients, figures);
  }

  void memory(Memory memory) {
    peakRss = Math.max(peakRss, memory.peakRssMib());
    peakHeap = Math.max(peakHeap, memory.heapUsedMib());
  }

  void floor(String persona, String kind, int clients, RunResult result) {
    Statistics statistics = result.getPrimaryResult().getStatistics();
    floors.put(
        new Key(persona, kind, EXACT, clients),
        new Floor(
            statistics.getPercentile(50),
            statistics.getPercentile(95),
            statistics.getPercentile(99),
            statistics.getN() / (double) duration.toSeconds()));
  }

  String render() {
    StringBuilder table = new StringBuilder();
    table
        .append("# Archive search benchmark\n\n")
        .append(machine())
        .append(
            String.format(
                "%n%,d records; %d s per run after a warm-up; %s; the index held every record %d s"
                    + " after the load; then the database was vacuumed and analysed (`VACUUM"
                    + " (ANALYZE)`, %d s), as after any bulk import.%n%n",
                records,
                duration.toSeconds(),
                Double.isNaN(loadedPerSecond)
                    ? "loaded in an earlier run"
                    : String.format(
                        "loaded through Warta's import (CSV files of 100,000 rows by the API) at"
                            + " %,.0f records/s",
                        loadedPerSecond),
                indexLagSeconds,
                settleSeconds))
        .append(
            "Counts *exact*: measured against the floor, which counts exactly too (target p95 ≤"
                + " 1.5× the floor's); *÷ floor + empty* sets them against the floor plus the empty"
                + " endpoint, the least any request through Warta costs. Counts *≈*: exact up to"
                + " 10,000 matches, estimated past them (target p95 ≤ 150 ms with 8 clients); *≈"
                + " newest*: the same, the newest first instead of by relevance.\n\n")
        .append(
            "| persona | query | counts | clients | p50 ms | p95 ms | p99 ms | req/s | errors"
                + " | floor p50 | floor p95 | p95 ÷ floor | p95 ÷ empty | p95 ÷ floor + empty"
                + " | target |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    product.forEach(
        (key, figures) -> {
          boolean exact = key.counting().equals(EXACT);
          Floor floor = exact ? floors.get(key) : null;
          Wrk.Figures nothing = empty.get(key.clients());
          table.append(
              String.format(
                  "| %s | %s | %s | %d | %.1f | %.1f | %.1f | %.0f | %d | %s | %s | %s | %s | %s"
                      + " | %s |%n",
                  key.persona(),
                  key.kind(),
                  exact ? EXACT : key.counting().equals(NEWEST) ? "≈ newest" : "≈",
                  key.clients(),
                  figures.p50(),
                  figures.p95(),
                  figures.p99(),
                  figures.throughput(),
                  figures.errors(),
                  floor == null ? "–" : String.format("%.2f", floor.p50()),
                  floor == null ? "–" : String.format("%.2f", floor.p95()),
                  floor == null ? "–" : String.format("%.1f×", figures.p95() / floor.p95()),
                  nothing == null ? "–" : String.format("%.1f×", figures.p95() / nothing.p95()),
                  floor == null || nothing == null
                      ? "–"
                      : String.format("%.1f×", figures.p95() / (floor.p95() + nothing.p95())),
                  target(key, figures, floor)));
        });
    table.append("\nEmpty endpoint (`GET /api/ping`, same server, same token):\n\n");
    empty.forEach(
        (clients, figures) ->
            table.append(
                String.format(
                    "- %d client(s): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %.0f req/s, %d errors%n",
                    clients,
                    figures.p50(),
                    figures.p95(),
                    figures.p99(),
                    figures.throughput(),
                    figures.errors())));
    if (rebuildSeconds >= 0) {
      table.append(
          String.format(
              "%nRebuilding the index (a new layout, or a new node): Warta started without it held"
                  + " every record again %d s after it was ready (%,.0f records/s), searching"
                  + " meanwhile what it held so far.%n",
              rebuildSeconds, records / (double) Math.max(1, rebuildSeconds)));
    }
    table.append(
        String.format(
            "%nWarta's peak resident memory %,d MiB; Java heap in use after a run at most %,d MiB"
                + " (-Xmx768m).%n",
            peakRss, peakHeap));
    return table.toString();
  }

  /** Whether the run met its target: met, missed, or none for this row. */
  private static String target(Key key, Wrk.Figures figures, Floor floor) {
    if (key.counting().equals(EXACT)) {
      return floor == null ? "–" : figures.p95() <= FLOOR_TARGET * floor.p95() ? "met" : "missed";
    }
    return key.clients() < 8 ? "–" : figures.p95() <= APPROXIMATE_TARGET_MS ? "met" : "missed";
  }

  private static String machine() {
    return String.format(
        "Run %s on %d cores (%s), %s memory, Java %s, wrk %s.%n",
        LocalDate.now(),
        Runtime.getRuntime().availableProcessors(),
        firstMatch(Path.of("/proc/cpuinfo"), "model name"),
        firstMatch(Path.of("/proc/meminfo"), "MemTotal"),
        Runtime.version(),
        "4.1");
  }

  private static String firstMatch(Path file, String prefix) {
    try {
      return Files.readAllLines(file).stream()
          .filter(line -> line.startsWith(prefix))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("?");
    } catch (IOException e) {
      return "?";
    }
  }
}
