package id.go.jogjaprov.warta.archives.internal.infrastructure;

import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.api.ReadScope;
import id.go.jogjaprov.warta.archives.api.ArchiveCounting;
import id.go.jogjaprov.warta.archives.api.ArchiveFilters;
import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.ArchiveSearchResult;
import id.go.jogjaprov.warta.archives.api.FacetValue;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveIndex;
import id.go.jogjaprov.warta.archives.internal.domain.RecordOrigin;
import id.go.jogjaprov.warta.archives.internal.domain.SearchableRecord;
import id.go.jogjaprov.warta.kernel.CalendarPeriod;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import id.go.jogjaprov.warta.kernel.UnitPath;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The archive search index in Lucene, on this node's disk ({@code warta.archives.index-directory}):
 * Indonesian stemming, BM25, facets counted from doc values, snippets by the unified highlighter.
 * Every search is trimmed inside the query by the archive records' read rule ({@link #readableBy}),
 * so totals and facets never count what the reader may not read.
 */
@ApplicationScoped
class LuceneArchiveIndex implements ArchiveIndex {

  private static final Logger LOG = Logger.getLogger(LuceneArchiveIndex.class.getName());

  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String LEVEL = "level";
  static final String PUBLIC = "public";
  static final String UNIT_LINE = "unit_line";
  static final String UNIT = "unit";
  static final String TYPE = "type";
  static final String CLASSIFICATION = "classification";
  static final String PUBLISHED = "published";
  static final String YEAR = "year";
  static final String MONTH = "month";
  static final String TAG = "tag";
  static final String LANGUAGE = "language";
  static final String ARCHIVED = "archived";
  static final String ORIGIN = "origin";

  /**
   * Marks one record in {@link #SAMPLE_RATE}, chosen by its id: an approximate search counts its
   * matches among these and multiplies.
   */
  static final String SAMPLE = "sample";

  static final int SAMPLE_RATE = 16;

  private static final String WATERMARK = "watermark";

  /**
   * The fields documents hold; an index of another layout is rebuilt (2: tags and language; 3: the
   * sample and the archiving moment; 4: the origin; 5: word pairs; 6: ids to break ties by).
   */
  private static final String LAYOUT = "layout";

  private static final String LAYOUT_VERSION = "6";
  private static final String YES = "yes";
  private static final Map<String, Float> SEARCHED_FIELDS = Map.of(TITLE, 2f, TEXT, 1f);
  private static final Pattern OR = Pattern.compile("\\s+OR\\s+");
  private static final int SNIPPET_PASSAGES = 2;

  private static final List<String> FACETED =
      List.of(CLASSIFICATION, UNIT, TYPE, TAG, LANGUAGE, YEAR, MONTH);

  /** Tags are many: the facet lists the most frequent. */
  private static final int TAGS_SHOWN = 30;

  @Inject
  @ConfigProperty(name = "warta.archives.index-directory")
  String directoryPath;

  private final Analyzer analyzer = new IndonesianAnalyzer();
  private final UnifiedHighlighter highlighter =
      UnifiedHighlighter.builderWithoutSearcher(analyzer)
          .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
          .build();
  private FSDirectory directory;
  private IndexWriter writer;
  private SearcherManager searchers;
  private volatile long watermark;

  @PostConstruct
  void open() {
    Path path = Path.of(directoryPath);
    try {
      Files.createDirectories(path);
      directory = FSDirectory.open(path);
      try {
        writer = writer(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      } catch (CorruptIndexException | IndexNotFoundException damaged) {
        // The database holds everything: start afresh and follow it from the beginning.
        LOG.log(Level.WARNING, "The archive index in {0} is damaged; rebuilding it", path);
        writer = writer(IndexWriterConfig.OpenMode.CREATE);
      }
      Map<String, String> committed = new HashMap<>();
      Optional.ofNullable(writer.getLiveCommitData())
          .ifPresent(
              data -> data.forEach(entry -> committed.put(entry.getKey(), entry.getValue())));
      if (!LAYOUT_VERSION.equals(committed.get(LAYOUT))) {
        // Documents of another layout lack fields searches now ask for: rebuild from the database.
        if (!committed.isEmpty()) {
          LOG.log(Level.INFO, "The archive index in {0} has another layout; rebuilding it", path);
        }
        writer.close();
        writer = writer(IndexWriterConfig.OpenMode.CREATE);
        committed.clear();
      }
      watermark = Long.parseLong(committed.getOrDefault(WATERMARK, "0"));
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the archive index in " + path, e);
    }
  }

  private IndexWriter writer(IndexWriterConfig.OpenMode mode) throws IOException {
    return new IndexWriter(
        directory,
        new IndexWriterConfig(
                new PerFieldAnalyzerWrapper(analyzer, Map.of(WordPairs.FIELD, WordPairs.ANALYZER)))
            .setOpenMode(mode));
  }

  @PreDestroy
  void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Closing the archive index failed", e);
    }
  }

  @Override
  public long watermark() {
    return watermark;
  }

  @Override
  public void apply(Collection<SearchableRecord> records, long watermark) {
    try {
      for (SearchableRecord record : records) {
        writer.updateDocument(new Term(ID, record.id().toString()), document(record));
      }
      writer.setLiveCommitData(
          Map.of(WATERMARK, Long.toString(watermark), LAYOUT, LAYOUT_VERSION).entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
      this.watermark = watermark;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot update the archive index", e);
    }
  }

  private static Document document(SearchableRecord record) {
    Document document = new Document();
    document.add(new StringField(ID, record.id().toString(), Field.Store.YES));
    document.add(new SortedDocValuesField(ID, new BytesRef(record.id().toString())));
    document.add(new TextField(TITLE, record.title(), Field.Store.NO));
    String text = record.text();
    document.add(new TextField(TEXT, text, Field.Store.NO));
    document.add(new Field(WordPairs.FIELD, record.title(), WordPairs.TYPE));
    document.add(new Field(WordPairs.FIELD, text, WordPairs.TYPE));
    document.add(new IntPoint(LEVEL, record.classification().level()));
    document.add(new StringField(PUBLIC, record.publiclyReadable() ? YES : "no", Field.Store.NO));
    for (UnitPath line : record.unit().withUnitsAbove()) {
      document.add(new StringField(UNIT_LINE, line.value(), Field.Store.NO));
    }
    document.add(new SortedDocValuesField(UNIT, new BytesRef(record.unit().value())));
    keyword(document, TYPE, record.type().name());
    keyword(document, CLASSIFICATION, record.classification().name());
    keyword(document, LANGUAGE, record.language().name());
    for (String tag : record.tags()) {
      document.add(new StringField(TAG, tag, Field.Store.NO));
      document.add(new SortedSetDocValuesField(TAG, new BytesRef(tag)));
    }
    long published = record.publishedAt().toEpochMilli();
    document.add(new LongPoint(PUBLISHED, published));
    document.add(new NumericDocValuesField(PUBLISHED, published));
    LocalDate day = LocalDate.ofInstant(record.publishedAt(), OfficeTime.ZONE);
    document.add(new SortedDocValuesField(YEAR, new BytesRef(Integer.toString(day.getYear()))));
    document.add(new SortedDocValuesField(MONTH, new BytesRef(YearMonth.from(day).toString())));
    document.add(new LongPoint(ARCHIVED, record.archivedAt().toEpochMilli()));
    document.add(new StringField(ORIGIN, record.origin().name(), Field.Store.NO));
    if (sampled(record.id())) {
      document.add(new StringField(SAMPLE, YES, Field.Store.NO));
    }
    return document;
  }

  /** Whether a record is in the sample: its id's bits mixed, so that any kind of id spreads. */
  static boolean sampled(UUID id) {
    long mixed = (id.getMostSignificantBits() ^ id.getLeastSignificantBits()) * 0x9E3779B97F4A7C15L;
    return Long.remainderUnsigned(mixed >>> 32, SAMPLE_RATE) == 0;
  }

  /** A value to filter by (a term) and to count (doc values), under one name. */
  private static void keyword(Document document, String field, String value) {
    document.add(new StringField(field, value, Field.Store.NO));
    document.add(new SortedDocValuesField(field, new BytesRef(value)));
  }

  /**
   * The archive records' read rule ({@code ReadCriteria.PUBLIC_OR_RECORD_READER}) as a Lucene
   * query: public records, or records within the reader's clearance that archivists read by office
   * and others by their unit line (a record's line holds its unit and every unit above).
   */
  static Query readableBy(ReadScope reader) {
    BooleanQuery.Builder rule =
        new BooleanQuery.Builder().add(new TermQuery(new Term(PUBLIC, YES)), Occur.SHOULD);
    if (reader.clearanceLevel() > 0) {
      BooleanQuery.Builder cleared =
          new BooleanQuery.Builder()
              .add(IntPoint.newRangeQuery(LEVEL, 1, reader.clearanceLevel()), Occur.FILTER);
      if (!reader.archiveReader()) {
        cleared.add(
            new TermInSetQuery(
                UNIT_LINE,
                reader.units().stream().map(unit -> new BytesRef(unit.value())).toList()),
            Occur.FILTER);
      }
      rule.add(cleared.build(), Occur.SHOULD);
    }
    return rule.build();
  }

  /** The filters as Lucene clauses; dates are the office's days, both ends included. */
  private static List<Query> filters(ArchiveFilters filters) {
    List<Query> clauses = new ArrayList<>();
    if (filters.from().isPresent() || filters.to().isPresent()) {
      long from = filters.from().map(LuceneArchiveIndex::startOf).orElse(Long.MIN_VALUE);
      long to = filters.to().map(day -> startOf(day.plusDays(1)) - 1).orElse(Long.MAX_VALUE);
      clauses.add(LongPoint.newRangeQuery(PUBLISHED, from, to));
    }
    filters.unit().ifPresent(unit -> clauses.add(new TermQuery(new Term(UNIT_LINE, unit.value()))));
    filters.tag().ifPresent(tag -> clauses.add(new TermQuery(new Term(TAG, tag))));
    filters
        .language()
        .ifPresent(language -> clauses.add(new TermQuery(new Term(LANGUAGE, language.name()))));
    filters.type().ifPresent(type -> clauses.add(new TermQuery(new Term(TYPE, type.name()))));
    filters
        .level()
        .ifPresent(level -> clauses.add(new TermQuery(new Term(CLASSIFICATION, level.name()))));
    return clauses;
  }

  private static long startOf(LocalDate day) {
    return CalendarPeriod.startOf(day).toEpochMilli();
  }

  private Query words(ArchiveQuery query) {
    if (!query.hasWords()) {
      return new MatchAllDocsQuery();
    }
    SimpleQueryParser parser = new WordPairs.SearchParser(analyzer, SEARCHED_FIELDS);
    parser.setDefaultOperator(Occur.MUST);
    // People write OR as on the web; the parser's own sign for it is |.
    return parser.parse(OR.matcher(query.words()).replaceAll(" | "));
  }

  /**
   * The query's words, narrowed by its filters and its moment and trimmed to what the reader may
   * read.
   */
  private Query trimmed(ArchiveQuery query, ReadScope reader) {
    BooleanQuery.Builder narrowed =
        new BooleanQuery.Builder()
            .add(words(query), Occur.MUST)
            .add(readableBy(reader), Occur.FILTER);
    filters(query.filters()).forEach(clause -> narrowed.add(clause, Occur.FILTER));
    query
        .asOf()
        .ifPresent(
            moment ->
                narrowed.add(
                    LongPoint.newRangeQuery(ARCHIVED, Long.MIN_VALUE, moment.toEpochMilli()),
                    Occur.FILTER));
    return narrowed.build();
  }

  /** The same query over the sample only. */
  private static Query sampled(Query trimmed) {
    return new BooleanQuery.Builder()
        .add(trimmed, Occur.MUST)
        .add(new TermQuery(new Term(SAMPLE, YES)), Occur.FILTER)
        .build();
  }

  /**
   * Collects the first {@code wanted} hits in the query's order (the best match first, or the
   * newest), counting hits exactly up to {@code countedUpTo}; past it, hits that cannot make the
   * page are skipped uncounted.
   */
  private static CollectorManager<?, ? extends TopDocs> top(
      ArchiveQuery query, int wanted, int countedUpTo) {
    return !query.newestFirst()
        ? new TopScoreDocCollectorManager(wanted, null, countedUpTo)
        : new TopFieldCollectorManager(
            // Records of the same moment by id: the index's own order changes as it merges, and
            // a page asked again must hold the same records.
            new Sort(
                new SortField(PUBLISHED, SortField.Type.LONG, true),
                new SortField(ID, SortField.Type.STRING)),
            wanted,
            null,
            countedUpTo);
  }

  private static List<UUID> ids(IndexSearcher searcher, TopDocs docs, int from) throws IOException {
    List<UUID> ids = new ArrayList<>();
    var stored = searcher.storedFields();
    ScoreDoc[] found = docs.scoreDocs;
    for (int i = from; i < found.length; i++) {
      ids.add(UUID.fromString(stored.document(found[i].doc, Set.of(ID)).get(ID)));
    }
    return ids;
  }

  @Override
  public Found first(ArchiveQuery query, ReadScope reader, int limit) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs docs =
            searcher.search(trimmed(query, reader), top(query, limit, Integer.MAX_VALUE));
        return new Found(docs.totalHits.value, false, Map.of(), ids(searcher, docs, 0));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search the archive index", e);
    }
  }

  /**
   * Exactly: the page and every match counted, in one pass. Approximately: the page first, skipping
   * what cannot make it once {@link ArchiveCounting#EXACT_UP_TO} matches are counted; then, if it
   * stopped counting, the matches among the sample counted and multiplied, otherwise every match
   * counted (there are few).
   */
  @Override
  public Found search(ArchiveQuery query, ReadScope reader) {
    return found(query, trimmed(query, reader));
  }

  /**
   * As anyone reads them ({@link Official#ANONYMOUS}), and of the records published through Warta
   * only: imported ones have no page on the portal.
   */
  @Override
  public Found searchPortal(ArchiveQuery query) {
    return found(
        query,
        new BooleanQuery.Builder()
            .add(trimmed(query, Official.ANONYMOUS.readScope()), Occur.MUST)
            .add(new TermQuery(new Term(ORIGIN, RecordOrigin.PUBLISHED.name())), Occur.FILTER)
            .build());
  }

  private Found found(ArchiveQuery query, Query trimmed) {
    int wanted = query.page().offset() + query.page().size();
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        if (query.counting() == ArchiveCounting.EXACT) {
          Object[] results =
              searcher.search(
                  trimmed,
                  new MultiCollectorManager(
                      top(query, wanted, Integer.MAX_VALUE), new FacetCounts.Manager(FACETED)));
          TopDocs docs = (TopDocs) results[0];
          @SuppressWarnings("unchecked")
          Map<String, Map<String, Long>> counts = (Map<String, Map<String, Long>>) results[1];
          return found(docs.totalHits.value, 1, counts, ids(searcher, docs, query.page().offset()));
        }
        TopDocs docs = searcher.search(trimmed, top(query, wanted, ArchiveCounting.EXACT_UP_TO));
        List<UUID> ids = ids(searcher, docs, query.page().offset());
        if (docs.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
          return found(
              docs.totalHits.value,
              1,
              searcher.search(trimmed, new FacetCounts.Manager(FACETED)),
              ids);
        }
        Object[] sample =
            searcher.search(
                sampled(trimmed),
                new MultiCollectorManager(
                    new TotalHitCountCollectorManager(), new FacetCounts.Manager(FACETED)));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Long>> counts = (Map<String, Map<String, Long>>) sample[1];
        long estimate = (Integer) sample[0] * (long) SAMPLE_RATE;
        return found(Math.max(ArchiveCounting.EXACT_UP_TO, estimate), SAMPLE_RATE, counts, ids);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search the archive index", e);
    }
  }

  /**
   * A search's findings: counts as counted when {@code scale} is 1, otherwise multiplied by it and
   * rounded to two significant digits, as the estimates they are.
   */
  private static Found found(
      long total, int scale, Map<String, Map<String, Long>> counted, List<UUID> ids) {
    boolean approximate = scale > 1;
    Map<String, Map<String, Long>> counts = new HashMap<>();
    counted.forEach(
        (field, values) -> {
          Map<String, Long> scaled = new HashMap<>();
          values.forEach(
              (value, count) -> scaled.put(value, approximate ? rounded(count * scale) : count));
          counts.put(field, scaled);
        });
    return new Found(approximate ? rounded(total) : total, approximate, facets(counts), ids);
  }

  /** Two significant digits: 190,432 is about 190,000; 37 is about 37. */
  static long rounded(long estimate) {
    if (estimate < 100) {
      return estimate;
    }
    long unit = (long) Math.pow(10, (long) Math.log10(estimate) - 1);
    return Math.round((double) estimate / unit) * unit;
  }

  private static Map<String, List<FacetValue>> facets(Map<String, Map<String, Long>> counts) {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    facets.put(ArchiveSearchResult.FACET_CLASSIFICATION, values(counts.get(CLASSIFICATION)));
    facets.put(ArchiveSearchResult.FACET_UNIT, values(counts.get(UNIT)));
    facets.put(ArchiveSearchResult.FACET_TYPE, values(counts.get(TYPE)));
    facets.put(
        ArchiveSearchResult.FACET_TAG, values(counts.get(TAG)).stream().limit(TAGS_SHOWN).toList());
    facets.put(ArchiveSearchResult.FACET_LANGUAGE, values(counts.get(LANGUAGE)));
    facets.put(ArchiveSearchResult.FACET_YEAR, chronological(counts.get(YEAR)));
    facets.put(ArchiveSearchResult.FACET_MONTH, chronological(counts.get(MONTH)));
    return facets;
  }

  /** Most frequent first; equal counts by label, so that the order is stable. */
  private static List<FacetValue> values(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(entry -> new FacetValue(entry.getKey(), entry.getValue()))
        .toList();
  }

  /** Years and months in the calendar's order, the newest first. */
  private static List<FacetValue> chronological(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByKey().reversed())
        .map(entry -> new FacetValue(entry.getKey(), entry.getValue()))
        .toList();
  }

  @Override
  public Function<String, Optional<String>> snippets(ArchiveQuery query) {
    if (!query.hasWords()) {
      return text -> Optional.empty();
    }
    Query words = words(query);
    return text -> {
      try {
        return Optional.ofNullable(
                highlighter.highlightWithoutSearcher(TEXT, words, text, SNIPPET_PASSAGES))
            .map(Object::toString)
            .filter(snippet -> snippet.contains("«"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }
}
