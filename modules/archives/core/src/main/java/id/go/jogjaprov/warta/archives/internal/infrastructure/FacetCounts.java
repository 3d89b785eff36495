package id.go.jogjaprov.warta.archives.internal.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the values of doc-values fields over every hit of a search: per segment by ordinal (an
 * array increment per hit and field), labels looked up once per segment at the end. A field with
 * one value per document (all but tags) is read through its single-valued view, which finds a
 * document's ordinal without iterating a set.
 */
final class FacetCounts implements Collector {

  private final List<String> fields;
  private final List<Segment> segments = new ArrayList<>();

  private FacetCounts(List<String> fields) {
    this.fields = fields;
  }

  /**
   * One segment's doc values and the counts of their ordinals, per field; read as sets, so that a
   * field with several values in a document (tags) counts each of them.
   */
  private record Segment(SortedSetDocValues[] values, int[][] counts) {}

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    SortedSetDocValues[] values = new SortedSetDocValues[fields.size()];
    SortedDocValues[] singles = new SortedDocValues[fields.size()];
    int[][] counts = new int[fields.size()][];
    for (int i = 0; i < values.length; i++) {
      values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
      singles[i] = DocValues.unwrapSingleton(values[i]);
      counts[i] = new int[Math.toIntExact(values[i].getValueCount())];
    }
    segments.add(new Segment(values, counts));
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        for (int i = 0; i < values.length; i++) {
          SortedDocValues single = singles[i];
          if (single != null) {
            if (single.advanceExact(doc)) {
              counts[i][single.ordValue()]++;
            }
          } else if (values[i].advanceExact(doc)) {
            for (int n = values[i].docValueCount(); n > 0; n--) {
              counts[i][(int) values[i].nextOrd()]++;
            }
          }
        }
      }
    };
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  private void addTo(Map<String, Map<String, Long>> totals) throws IOException {
    for (Segment segment : segments) {
      for (int i = 0; i < fields.size(); i++) {
        Map<String, Long> field = totals.computeIfAbsent(fields.get(i), name -> new HashMap<>());
        int[] counts = segment.counts()[i];
        for (int ord = 0; ord < counts.length; ord++) {
          if (counts[ord] > 0) {
            field.merge(
                segment.values()[i].lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
          }
        }
      }
    }
  }

  /** Counts per field and value over all the slices of one search. */
  static final class Manager
      implements CollectorManager<FacetCounts, Map<String, Map<String, Long>>> {

    private final List<String> fields;

    Manager(List<String> fields) {
      this.fields = List.copyOf(fields);
    }

    @Override
    public FacetCounts newCollector() {
      return new FacetCounts(fields);
    }

    @Override
    public Map<String, Map<String, Long>> reduce(Collection<FacetCounts> collectors) {
      Map<String, Map<String, Long>> totals = new HashMap<>();
      fields.forEach(field -> totals.put(field, new HashMap<>()));
      try {
        for (FacetCounts collector : collectors) {
          collector.addTo(totals);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return totals;
    }
  }
}
