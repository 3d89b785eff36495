package id.go.jogjaprov.warta.benchmark;

import id.go.jogjaprov.warta.archives.internal.domain.RecordOrigin;
import id.go.jogjaprov.warta.archives.internal.domain.SearchableRecord;
import id.go.jogjaprov.warta.archives.internal.infrastructure.BareIndexFloor;
import id.go.jogjaprov.warta.content.api.Language;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.devstack.BenchmarkStack;
import id.go.jogjaprov.warta.devstack.WartaApiClient;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Archive search at volume, through the whole product and against its floors, in one run on this
 * machine: loads the corpus (a million records by default) through Warta's import, waits until
 * Warta's index holds it, then measures each query kind as an archivist and as a staff member of
 * one agency, with 1 and 8 clients, by wrk over HTTP; the same searches on the bare index in
 * process (JMH); and an empty endpoint. Last, how long Warta takes to rebuild its index from the
 * database. Prints the table and writes it, with the machine described, to {@code bench.out}.
 *
 * <p>Settings (system properties): {@code bench.records} (1000000), {@code bench.seed} (2026),
 * {@code bench.duration} (PT20S per run), {@code bench.clients} (1,8), {@code bench.fresh} (false:
 * a database of the same size is reused), {@code bench.port} (8480), {@code bench.out}.
 */
public final class ArchiveSearchBenchmark {

  private static final List<String> PERSONAS = List.of("arsiparis", "staf.pariwisata");

  /**
   * Exact counts, measured against the floor (which counts exactly); approximate ones, by relevance
   * and the newest first, measured against the 150 ms target.
   */
  static final List<String> COUNTINGS = List.of(Report.EXACT, Report.APPROXIMATE, Report.NEWEST);

  /** The empty endpoint: the server's floor for a request with a token. */
  private static final List<String> PING = List.of("/api/ping");

  private ArchiveSearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path war = Path.of(args[0]);
    int records = Integer.getInteger("bench.records", 1_000_000);
    long seed = Long.getLong("bench.seed", 2026);
    Duration duration = Duration.parse(System.getProperty("bench.duration", "PT20S"));
    List<Integer> clients =
        java.util.Arrays.stream(System.getProperty("bench.clients", "1,8").split(","))
            .map(Integer::valueOf)
            .toList();
    Path out = Path.of(System.getProperty("bench.out", "archive-search-benchmark.md"));
    Corpus corpus = new Corpus(records, seed);
    Report report = new Report(records, duration);

    try (BenchmarkStack stack =
        BenchmarkStack.prepare(
            "warta_bench_" + records,
            Integer.getInteger("bench.port", 8480),
            war,
            Boolean.getBoolean("bench.fresh"))) {
      stack.startWarta();
      try (Connection owner = stack.owner()) {
        long present = CorpusImport.present(owner);
        if (present == 0) {
          report.loaded(CorpusImport.load(stack.baseUrl(), corpus));
        } else if (present != records) {
          throw new IllegalStateException(
              present + " records of another corpus are there: run with -Dbench.fresh=true");
        }
      }
      report.indexed(waitForIndex(stack.baseUrl(), expectedForArchivist(corpus)));
      try (Connection owner = stack.owner()) {
        report.settled(CorpusImport.settle(owner));
      }

      Wrk wrk = new Wrk(stack.baseUrl());
      Map<String, List<String>> kinds = Corpus.queries();
      System.out.println("[benchmark] warming up");
      for (List<String> words : kinds.values()) {
        for (String counting : COUNTINGS) {
          wrk.run(
              paths(words, counting),
              WartaApiClient.accessToken("arsiparis"),
              8,
              Duration.ofSeconds(5));
        }
      }
      wrk.run(PING, WartaApiClient.accessToken("arsiparis"), 8, Duration.ofSeconds(5));
      for (String persona : PERSONAS) {
        for (Map.Entry<String, List<String>> kind : kinds.entrySet()) {
          for (String counting : COUNTINGS) {
            for (int n : clients) {
              System.out.printf(
                  "[benchmark] %s, %s, %s counts, %d clients%n",
                  persona, kind.getKey(), counting, n);
              report.product(
                  persona,
                  kind.getKey(),
                  counting,
                  n,
                  wrk.run(
                      paths(kind.getValue(), counting),
                      WartaApiClient.accessToken(persona),
                      n,
                      duration));
              report.memory(Memory.of(stack.wartaPid()));
            }
          }
        }
      }
      for (int n : clients) {
        report.emptyEndpoint(
            n, wrk.run(PING, WartaApiClient.accessToken("arsiparis"), n, duration));
      }
      System.out.println("[benchmark] restarting Warta without its index");
      stack.restartWartaWithoutIndex();
      report.rebuilt(waitForIndex(stack.baseUrl(), expectedForArchivist(corpus)));
    }

    Path floorIndex = Files.createTempDirectory("bench-floor");
    System.out.println("[benchmark] building the bare index in " + floorIndex);
    BareIndexFloor.build(floorIndex, batches(corpus));
    for (String persona : PERSONAS) {
      for (String kind : Corpus.queries().keySet()) {
        for (int n : clients) {
          report.floor(persona, kind, n, floor(floorIndex, persona, kind, n, duration));
        }
      }
    }
    String table = report.render();
    System.out.println(table);
    Files.writeString(out, table);
    System.out.println("[benchmark] written to " + out.toAbsolutePath());
  }

  private static List<String> paths(List<String> words, String counting) {
    return words.stream().map(w -> Wrk.searchPath(w, counting)).toList();
  }

  /** What an archivist (Rahasia, reads by office) may read of the corpus. */
  private static long expectedForArchivist(Corpus corpus) {
    long readable = 0;
    for (int n = 0; n < corpus.size(); n++) {
      Corpus.Row row = corpus.row(n);
      if (row.publiclyReadable() || row.level() <= 3) {
        readable++;
      }
    }
    return readable;
  }

  /** Waits until the archivist's blank search counts every record; answers the seconds waited. */
  private static long waitForIndex(String baseUrl, long expected) throws InterruptedException {
    WartaApiClient api = new WartaApiClient(baseUrl);
    Instant started = Instant.now();
    Instant deadline = started.plus(Duration.ofHours(1));
    long total = 0;
    while (Instant.now().isBefore(deadline)) {
      JsonObject found =
          api.get(
                  "/api/archive/search?size=1&counts=exact",
                  WartaApiClient.accessToken("arsiparis"))
              .json();
      total = found.getJsonNumber("total").longValue();
      if (total == expected) {
        return Duration.between(started, Instant.now()).toSeconds();
      }
      System.out.printf("[benchmark] index holds %,d of %,d%n", total, expected);
      Thread.sleep(1_000);
    }
    throw new IllegalStateException("The index holds " + total + " of " + expected + " records");
  }

  private static RunResult floor(Path index, String persona, String kind, int threads, Duration d)
      throws RunnerException {
    return new Runner(
            new OptionsBuilder()
                .include(BareIndexFloor.class.getName() + ".search")
                .param("kind", kind)
                .param("persona", persona)
                .threads(threads)
                .mode(org.openjdk.jmh.annotations.Mode.SampleTime)
                .timeUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
                .warmupIterations(1)
                .warmupTime(TimeValue.seconds(5))
                .measurementIterations(1)
                .measurementTime(TimeValue.seconds(d.toSeconds()))
                .forks(1)
                .jvmArgsAppend("-D" + BareIndexFloor.DIRECTORY + "=" + index, "-Xmx1g")
                .build())
        .runSingle();
  }

  /** The corpus as the index takes it, ten thousand records at a time. */
  private static Iterable<List<SearchableRecord>> batches(Corpus corpus) {
    int batch = 10_000;
    return () ->
        new Iterator<>() {
          private int from;

          @Override
          public boolean hasNext() {
            return from < corpus.size();
          }

          @Override
          public List<SearchableRecord> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            int start = from;
            int end = Math.min(corpus.size(), start + batch);
            from = end;
            List<SearchableRecord> records = new ArrayList<>(end - start);
            for (int n = start; n < end; n++) {
              records.add(searchable(corpus.row(n)));
            }
            return records;
          }
        };
  }

  private static SearchableRecord searchable(Corpus.Row row) {
    return new SearchableRecord(
        row.id(),
        row.title(),
        row.lead(),
        row.body(),
        ReleaseType.valueOf(row.type()),
        Classification.ofLevel(row.level()),
        UnitPath.of(row.unit()),
        List.of(),
        Language.ID,
        row.publiclyReadable(),
        row.publishedAt(),
        row.publishedAt(),
        RecordOrigin.IMPORTED);
  }
}
