package id.go.jogjaprov.warta.archives.internal.infrastructure;

import id.go.jogjaprov.warta.access.api.ReadScope;
import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveIndex;
import id.go.jogjaprov.warta.archives.internal.domain.SearchableRecord;
import id.go.jogjaprov.warta.benchmark.Corpus;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The floor the product's archive search is measured against (JMH): the same Lucene index class
 * over the same records, in process, doing the same search — trimmed to the persona inside the
 * query, exact totals, facets — with no HTTP, token, database, snippets or audit around it. It sits
 * in the index's package to use the index itself, not a look-alike.
 */
@State(Scope.Benchmark)
public class BareIndexFloor {

  /** The system property that names the floor's index directory. */
  public static final String DIRECTORY = "bench.floor.index";

  @Param({"rare"})
  public String kind;

  @Param({"arsiparis"})
  public String persona;

  private LuceneArchiveIndex index;
  private List<ArchiveQuery> queries;
  private ReadScope reader;
  private final AtomicInteger next = new AtomicInteger();

  /** What the demo realm's personas may read, as the access module would bind it. */
  public static ReadScope scopeOf(String persona) {
    return switch (persona) {
      case "arsiparis" -> new ReadScope(3, Set.of(), true, "arsiparis");
      case "staf.pariwisata" ->
          new ReadScope(2, Set.of(UnitPath.of("/Pemda DIY/Dinas Pariwisata")), false, "staf");
      default -> throw new IllegalArgumentException(persona);
    };
  }

  /** An index of these records in {@code directory}, as a node would build it. */
  public static void build(Path directory, Iterable<List<SearchableRecord>> batches) {
    LuceneArchiveIndex index = opened(directory);
    try {
      for (List<SearchableRecord> batch : batches) {
        index.apply(batch, 0);
      }
    } finally {
      index.close();
    }
  }

  private static LuceneArchiveIndex opened(Path directory) {
    LuceneArchiveIndex index = new LuceneArchiveIndex();
    index.directoryPath = directory.toString();
    index.open();
    return index;
  }

  @Setup(Level.Trial)
  public void open() {
    index = opened(Path.of(System.getProperty(DIRECTORY)));
    queries =
        Corpus.queries().get(kind).stream()
            .map(words -> new ArchiveQuery(words, new PageRequest(0, 20)).countedExactly())
            .toList();
    reader = scopeOf(persona);
  }

  @TearDown(Level.Trial)
  public void close() {
    index.close();
  }

  @Benchmark
  public ArchiveIndex.Found search() {
    return index.search(queries.get(Math.floorMod(next.getAndIncrement(), queries.size())), reader);
  }
}
