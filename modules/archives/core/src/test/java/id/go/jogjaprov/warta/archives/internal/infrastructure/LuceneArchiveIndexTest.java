package id.go.jogjaprov.warta.archives.internal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.access.api.ReadScope;
import id.go.jogjaprov.warta.archives.api.ArchiveFilters;
import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.ArchiveSearchResult;
import id.go.jogjaprov.warta.archives.api.ArchiveSort;
import id.go.jogjaprov.warta.archives.api.FacetValue;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveIndex.Answer;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveIndex.Found;
import id.go.jogjaprov.warta.archives.internal.domain.RecordOrigin;
import id.go.jogjaprov.warta.archives.internal.domain.SearchableRecord;
import id.go.jogjaprov.warta.content.api.Language;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index on a real Lucene directory: the read rule inside the query agrees with the rule the
 * database applies, for every reader; words are found in any inflection; facets count only what the
 * reader may read; the index survives being closed and opened again with its watermark.
 */
class LuceneArchiveIndexTest {

  private static final List<UnitPath> UNITS =
      List.of(
          UnitPath.of("/Pemda DIY"),
          UnitPath.of("/Pemda DIY/Diskominfo DIY"),
          UnitPath.of("/Pemda DIY/Diskominfo DIY/Bidang Humas"),
          UnitPath.of("/Pemda DIY/Dinas Pariwisata"),
          UnitPath.of("/Pemda DIY/Dinas Pariwisata/Bidang Pemasaran"),
          UnitPath.of("/Pemda DIY/Dinas Pariwisatawan"));

  @TempDir Path directory;
  private LuceneArchiveIndex index;

  @BeforeEach
  void open() {
    index = new LuceneArchiveIndex();
    index.directoryPath = directory.toString();
    index.open();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private static SearchableRecord record(
      String title, String body, Classification level, UnitPath unit, boolean open) {
    return record(title, body, level, unit, open, "2024-03-01T02:00:00Z");
  }

  private static SearchableRecord record(
      String title,
      String body,
      Classification level,
      UnitPath unit,
      boolean open,
      String published) {
    return new SearchableRecord(
        UUID.randomUUID(),
        title,
        null,
        body,
        ReleaseType.PRESS_RELEASE,
        level,
        unit,
        List.of(),
        Language.ID,
        open,
        Instant.parse(published),
        Instant.parse(published),
        RecordOrigin.PUBLISHED);
  }

  @Test
  void thePortalFindsPublicRecordsOfItsOwnReleasesOnlyAndCountsNothingElse() {
    SearchableRecord released =
        record(
            "Festival budaya", "Festival di Prambanan.", Classification.BIASA, UNITS.get(3), true);
    SearchableRecord exempt =
        record(
            "Festival anggaran", "Festival tertutup.", Classification.BIASA, UNITS.get(3), false);
    SearchableRecord restricted =
        record(
            "Festival rahasia", "Festival terbatas.", Classification.TERBATAS, UNITS.get(3), false);
    SearchableRecord old =
        record("Festival lama", "Festival tahun lalu.", Classification.BIASA, UNITS.get(3), true);
    SearchableRecord imported =
        new SearchableRecord(
            old.id(),
            old.title(),
            old.lead(),
            old.body(),
            old.type(),
            old.classification(),
            old.unit(),
            old.tags(),
            old.language(),
            old.publiclyReadable(),
            old.publishedAt(),
            old.archivedAt(),
            RecordOrigin.IMPORTED);
    index.apply(List.of(released, exempt, restricted, imported), 5);

    ArchiveQuery festivals =
        new ArchiveQuery(
                "festival", ArchiveFilters.NONE, ArchiveSort.RELEVANCE, new PageRequest(0, 10))
            .countedExactly();
    Found portal = index.searchPortal(festivals);
    assertEquals(List.of(released.id()), portal.ids());
    assertEquals(1, portal.total());
    assertEquals(
        List.of(new FacetValue("BIASA", 1)),
        portal.facets().get(ArchiveSearchResult.FACET_CLASSIFICATION));
    assertEquals(
        4,
        index.search(festivals, new ReadScope(4, Set.of(), true, "arsip")).total(),
        "an archivist finds them all in the archives");
  }

  private Found search(String words, ReadScope reader) {
    return index.search(new ArchiveQuery(words, new PageRequest(0, 100)), reader);
  }

  private Found search(String words, ArchiveFilters filters, ReadScope reader) {
    return index.search(
        new ArchiveQuery(words, filters, ArchiveSort.RELEVANCE, new PageRequest(0, 100)), reader);
  }

  private Set<UUID> everyId(String words, ReadScope reader) {
    Set<UUID> ids = new HashSet<>();
    for (int page = 0; ; page++) {
      List<UUID> found =
          index.search(new ArchiveQuery(words, new PageRequest(page, 100)), reader).ids();
      if (found.isEmpty()) {
        return ids;
      }
      ids.addAll(found);
    }
  }

  /** The database's rule (ReadCriteria.PUBLIC_OR_RECORD_READER with access.within_units). */
  private static boolean databaseReads(ReadScope reader, SearchableRecord record) {
    return record.publiclyReadable()
        || (record.classification().level() <= reader.clearanceLevel()
            && (reader.archiveReader()
                || reader.units().stream().anyMatch(unit -> unit.contains(record.unit()))));
  }

  @Test
  void everyReaderFindsExactlyWhatTheDatabaseRuleLetsThemRead() {
    Random random = new Random(8);
    List<SearchableRecord> records = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Classification level = Classification.values()[random.nextInt(4)];
      records.add(
          record(
              "Rilis " + i,
              "Kegiatan pelatihan nomor " + i,
              level,
              UNITS.get(random.nextInt(UNITS.size())),
              level == Classification.BIASA && random.nextBoolean()));
    }
    index.apply(records, 1);
    for (int i = 0; i < 200; i++) {
      Set<UnitPath> units = new HashSet<>();
      for (UnitPath unit : UNITS) {
        if (random.nextInt(4) == 0) {
          units.add(unit);
        }
      }
      ReadScope reader =
          new ReadScope(random.nextInt(5), units, random.nextInt(5) == 0, "reader-" + i);
      Set<UUID> expected =
          records.stream()
              .filter(record -> databaseReads(reader, record))
              .map(SearchableRecord::id)
              .collect(Collectors.toSet());
      Found found = search("latihan", reader);
      assertEquals(expected.size(), found.total(), reader.toString());
      assertEquals(expected, everyId("latihan", reader), reader.toString());
      long counted =
          found.facets().get(ArchiveSearchResult.FACET_CLASSIFICATION).stream()
              .mapToLong(FacetValue::count)
              .sum();
      assertEquals(expected.size(), counted, "the facets count only what the reader may read");
    }
  }

  @Test
  void aPhraseFindsItsWordsTogetherInOrderOnlyWhateverItsPairsMatchApart() {
    SearchableRecord together =
        record(
            "Status tanggap darurat",
            "Status tanggap darurat bencana ditetapkan di Bantul.",
            Classification.BIASA,
            UNITS.get(2),
            true);
    SearchableRecord apart =
        record(
            "Tanggap cepat",
            "Tim tanggap darurat siaga; status bencana belum ditetapkan; darurat bencana di Sleman.",
            Classification.BIASA,
            UNITS.get(2),
            true);
    SearchableRecord inTitle =
        record(
            "Festival di Prambanan",
            "Pertunjukan sendratari semalam suntuk.",
            Classification.BIASA,
            UNITS.get(3),
            true);
    index.apply(List.of(together, apart, inTitle), 1);
    ReadScope anyone = new ReadScope(0, Set.of(), false, "");

    assertEquals(
        Set.of(together.id(), apart.id()), Set.copyOf(search("\"tanggap darurat\"", anyone).ids()));
    assertEquals(
        List.of(together.id()),
        search("\"tanggap darurat bencana\"", anyone).ids(),
        "each pair of the other record is there, the three words together are not");
    assertEquals(0, search("\"darurat tanggap\"", anyone).total(), "in their order");
    assertEquals(
        List.of(inTitle.id()),
        search("\"festival di prambanan\"", anyone).ids(),
        "across a stop word, in a title");
    assertEquals(List.of(inTitle.id()), search("\"festival prambanan\"~1", anyone).ids());
    assertEquals(
        List.of(together.id()), search("\"penanggapan\" \"status tanggap\"", anyone).ids());
  }

  @Test
  void wordsAreFoundInAnyInflectionPhrasesKeepTheirOrderAndMinusExcludes() {
    SearchableRecord training =
        record(
            "Pelatihan jurnalistik",
            "Para wartawan dilatih menulis berita.",
            Classification.BIASA,
            UNITS.get(2),
            true);
    SearchableRecord festival =
        record(
            "Festival budaya",
            "Festival budaya digelar di Alun-alun Utara dengan latihan tari.",
            Classification.BIASA,
            UNITS.get(3),
            true);
    index.apply(List.of(training, festival), 1);
    ReadScope anyone = new ReadScope(0, Set.of(), false, "");

    assertEquals(2, search("latihan", anyone).total());
    assertEquals(List.of(training.id()), search("pelatihan -festival", anyone).ids());
    assertEquals(List.of(festival.id()), search("\"alun-alun utara\"", anyone).ids());
    assertEquals(0, search("\"utara alun-alun\"", anyone).total());
    assertEquals(2, search("wartawan OR tari", anyone).total());
    assertEquals(
        List.of(training.id()),
        search("pelatihan", anyone).ids().subList(0, 1),
        "a title match ranks first");
    String snippet =
        index
            .snippets(new ArchiveQuery("latih", new PageRequest(0, 10)))
            .apply(festival.body())
            .orElseThrow();
    assertTrue(snippet.contains("«latihan»"), snippet);
    assertFalse(
        index
            .snippets(new ArchiveQuery("wartawan", new PageRequest(0, 10)))
            .apply(festival.body())
            .isPresent());
  }

  @Test
  void filtersNarrowByOfficeDaysUnitLineTypeAndLevelAndFacetsCountYearsAndMonths() {
    // 2024-02-29 17:30 UTC is already 1 March in Yogyakarta.
    SearchableRecord lateFebruaryUtc =
        record(
            "Rapat",
            "anggaran pertama",
            Classification.BIASA,
            UNITS.get(2),
            true,
            "2024-02-29T17:30:00Z");
    SearchableRecord march =
        record(
            "Rapat",
            "anggaran kedua",
            Classification.TERBATAS,
            UNITS.get(1),
            false,
            "2024-03-20T03:00:00Z");
    SearchableRecord tourism =
        record(
            "Rapat",
            "anggaran ketiga",
            Classification.BIASA,
            UNITS.get(3),
            true,
            "2023-07-01T03:00:00Z");
    index.apply(List.of(lateFebruaryUtc, march, tourism), 1);
    ReadScope archivist = new ReadScope(4, Set.of(), true, "arsip");

    assertEquals(
        Set.of(lateFebruaryUtc.id(), march.id()),
        new HashSet<>(
            search(
                    "anggaran",
                    ArchiveFilters.parse(Map.of("from", "2024-03", "to", "2024-03")),
                    archivist)
                .ids()),
        "a month of the office's calendar");
    assertEquals(
        List.of(march.id()),
        search("anggaran", ArchiveFilters.parse(Map.of("from", "2024-03-02")), archivist).ids());
    assertEquals(
        Set.of(lateFebruaryUtc.id(), march.id()),
        new HashSet<>(
            search(
                    "anggaran",
                    ArchiveFilters.parse(Map.of("unit", UNITS.get(1).value())),
                    archivist)
                .ids()),
        "a unit with the units below it");
    assertEquals(
        List.of(march.id()),
        search("anggaran", ArchiveFilters.parse(Map.of("level", "TERBATAS")), archivist).ids());
    assertEquals(
        0, search("anggaran", ArchiveFilters.parse(Map.of("type", "NEWS")), archivist).total());

    Found all = search("anggaran", ArchiveFilters.NONE, archivist);
    assertEquals(
        List.of(new FacetValue("2024", 2), new FacetValue("2023", 1)),
        all.facets().get(ArchiveSearchResult.FACET_YEAR));
    assertEquals(
        List.of(new FacetValue("2024-03", 2), new FacetValue("2023-07", 1)),
        all.facets().get(ArchiveSearchResult.FACET_MONTH));
    assertEquals(
        List.of(march.id(), lateFebruaryUtc.id(), tourism.id()),
        index
            .search(
                new ArchiveQuery(
                    "anggaran", ArchiveFilters.NONE, ArchiveSort.NEWEST, new PageRequest(0, 10)),
                archivist)
            .ids());
  }

  @Test
  void tagsAndLanguageNarrowAndEveryTagOfARecordIsCounted() {
    SearchableRecord eruption = tagged("Erupsi Merapi", List.of("merapi", "bencana"), Language.ID);
    SearchableRecord drill = tagged("Simulasi evakuasi", List.of("merapi"), Language.ID);
    SearchableRecord english = tagged("Merapi eruption", List.of("merapi"), Language.EN);
    SearchableRecord untagged = tagged("Festival budaya", List.of(), Language.ID);
    index.apply(List.of(eruption, drill, english, untagged), 3);
    ReadScope anyone = new ReadScope(0, Set.of(), false, "");

    assertEquals(
        Set.of(eruption.id(), drill.id(), english.id()),
        Set.copyOf(search("", ArchiveFilters.parse(Map.of("tag", "  Merapi ")), anyone).ids()),
        "a tag in any spelling");
    assertEquals(
        List.of(english.id()),
        search("", ArchiveFilters.parse(Map.of("tag", "merapi", "language", "EN")), anyone).ids());
    Found all = search("", ArchiveFilters.NONE, anyone);
    assertEquals(
        List.of(new FacetValue("merapi", 3), new FacetValue("bencana", 1)),
        all.facets().get(ArchiveSearchResult.FACET_TAG));
    assertEquals(
        List.of(new FacetValue("ID", 3), new FacetValue("EN", 1)),
        all.facets().get(ArchiveSearchResult.FACET_LANGUAGE));
    assertThrows(
        InvalidInputException.class,
        () -> ArchiveFilters.parse(Map.of("language", "jawa")),
        "an unknown language is refused");
  }

  private static SearchableRecord tagged(String title, List<String> tags, Language language) {
    return new SearchableRecord(
        UUID.randomUUID(),
        title,
        null,
        title,
        ReleaseType.NEWS,
        Classification.BIASA,
        UNITS.get(0),
        tags,
        language,
        true,
        Instant.parse("2025-06-01T03:00:00Z"),
        Instant.parse("2025-06-01T03:00:00Z"),
        RecordOrigin.PUBLISHED);
  }

  @Test
  void hostileOrBrokenQuerySyntaxFindsSomethingOrNothingButNeverFails() {
    index.apply(
        List.of(record("Rapat", "anggaran daerah", Classification.BIASA, UNITS.get(2), true)), 1);
    ReadScope anyone = new ReadScope(0, Set.of(), false, "");
    for (String words :
        List.of(
            "*",
            "a*",
            "~",
            "anggaran~2",
            "\"",
            "\"anggaran",
            "((((anggaran",
            "))",
            "-",
            "--x",
            "|||",
            "OR OR",
            "+",
            "\\",
            "dan yang di",
            "anggaran".repeat(60))) {
      Found found = search(words, anyone);
      assertTrue(found.total() <= 1, words);
      index.snippets(new ArchiveQuery(words, new PageRequest(0, 10))).apply("anggaran daerah");
    }
    assertEquals(1, search("anggar*", anyone).total(), "a prefix finds the word");
    assertEquals(1, search("ang*", anyone).total());
    assertEquals(
        0, search("an*", anyone).total(), "two letters are a word, not a walk through every word");
  }

  @Test
  void aRecordChangedIsReplacedAndTheWatermarkOutlivesAClose() {
    SearchableRecord secret =
        record("Rapat terbatas", "Rencana anggaran", Classification.RAHASIA, UNITS.get(2), false);
    index.apply(List.of(secret), 10);
    SearchableRecord lowered =
        new SearchableRecord(
            secret.id(),
            secret.title(),
            null,
            secret.body(),
            secret.type(),
            Classification.BIASA,
            secret.unit(),
            secret.tags(),
            secret.language(),
            true,
            secret.publishedAt(),
            secret.archivedAt(),
            secret.origin());
    index.apply(List.of(lowered), 12);
    ReadScope anyone = new ReadScope(0, Set.of(), false, "");
    assertEquals(List.of(secret.id()), search("anggaran", anyone).ids());

    index.close();
    open();
    assertEquals(12, index.watermark());
    assertEquals(1, search("", new ReadScope(4, Set.of(), true, "arsip")).total());
  }

  @Test
  void anIndexOfAnotherLayoutIsRebuiltFromTheBeginning() throws Exception {
    index.apply(
        List.of(record("Rapat", "Rencana anggaran", Classification.BIASA, UNITS.get(0), true)), 30);
    index.close();
    // As an index written before the layout was recorded: its commit names only the watermark.
    try (var files = FSDirectory.open(directory);
        var old =
            new IndexWriter(
                files, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      old.setLiveCommitData(Map.of("watermark", "30").entrySet());
      old.commit();
    }

    open();

    assertEquals(0, index.watermark(), "followed again from the first change");
    assertEquals(0, search("", new ReadScope(4, Set.of(), true, "arsip")).total());
  }

  @Test
  void aMisspeltNameFindsWhatIsSpeltNearlySoWithinWhatTheReaderMayReadAndOnlyWhenNothingMatches() {
    SearchableRecord open =
        record(
            "Sri Sultan Hamengkubuwono menerima tamu",
            "Di Keraton Ngayogyakarta.",
            Classification.BIASA,
            UNITS.get(2),
            true);
    SearchableRecord secret =
        record(
            "Kunjungan ke Imogiri",
            "Pengamanan rute Imogiri.",
            Classification.RAHASIA,
            UNITS.get(2),
            false);
    index.apply(List.of(open, secret), 1);
    ReadScope anyone = new ReadScope(0, Set.of(), false, "");
    ReadScope archivist = new ReadScope(3, Set.of(), true, "arsip");
    ArchiveQuery misspelt = new ArchiveQuery("Hamengkubuwana", new PageRequest(0, 10));

    assertEquals(0, index.search(misspelt, anyone).total(), "as written: nothing");
    Answer answer = Answer.of(misspelt, asked -> index.search(asked, anyone));
    assertTrue(answer.spellingForgiven());
    assertEquals(List.of(open.id()), answer.found().ids());
    assertTrue(
        index.snippets(answer.query()).apply(open.title()).orElseThrow().contains("«"),
        "the word found is marked in the snippet");

    ArchiveQuery place = new ArchiveQuery("Imogri", new PageRequest(0, 10));
    assertEquals(0, Answer.of(place, asked -> index.search(asked, anyone)).found().total());
    assertEquals(
        List.of(secret.id()),
        Answer.of(place, asked -> index.search(asked, archivist)).found().ids());

    Answer exact =
        Answer.of(
            new ArchiveQuery("Imogiri", new PageRequest(0, 10)), a -> index.search(a, archivist));
    assertFalse(exact.spellingForgiven(), "words as written that find something are kept");
  }

  @Test
  void forgivingSpellingLeavesPhrasesExclusionsShortWordsAndOperatorsAlone() {
    ArchiveQuery query =
        new ArchiveQuery(
            "Hamengkubuwana \"keraton ngayogyakarta\" -pasar OR sekaten tugu pelat*",
            new PageRequest(0, 10));
    assertEquals(
        "Hamengkubuwana~2 \"keraton ngayogyakarta\" -pasar OR sekaten~1 tugu pelat*",
        query.forgivingSpelling().words());
  }

  /**
   * 36,000 public Biasa records about a festival over ten years and 6,000 Rahasia ones: past 10,000
   * matches an approximate search estimates from the sample, within a few percent, never counting
   * what the reader may not read, and pages exactly as an exact search does.
   */
  @Test
  void pastTenThousandMatchesCountsAreEstimatedWithinWhatTheReaderMayReadAndThePageIsExact() {
    List<SearchableRecord> records = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < 42_000; i++) {
      boolean secret = i % 7 == 0;
      records.add(
          record(
              "Festival budaya " + i,
              "Gelar seni di alun-alun " + (random.nextInt(50) == 0 ? "dan kraton" : "kota"),
              secret ? Classification.RAHASIA : Classification.BIASA,
              UNITS.get(i % 4),
              !secret,
              "20" + (15 + i % 10) + "-03-01T02:00:00Z"));
    }
    index.apply(records, 1);
    ReadScope anyone = new ReadScope(0, Set.of(), false, "");
    ReadScope archivist = new ReadScope(3, Set.of(), true, "arsip");
    ArchiveQuery festival = new ArchiveQuery("festival", new PageRequest(2, 20));

    Found exact = index.search(festival.countedExactly(), anyone);
    assertFalse(exact.approximate());
    assertEquals(36_000, exact.total());
    Found estimated = index.search(festival, anyone);
    assertTrue(estimated.approximate());
    assertEquals(exact.ids(), estimated.ids(), "the page itself is never estimated");
    // Tolerances are five standard deviations of a one-in-sixteen sample of random ids.
    assertWithin(36_000, estimated.total(), 0.1);
    assertEquals(
        estimated.total(),
        LuceneArchiveIndex.rounded(estimated.total()),
        "shown to two significant digits");
    Map<String, Long> levels = counts(estimated, ArchiveSearchResult.FACET_CLASSIFICATION);
    assertEquals(Set.of("BIASA"), levels.keySet(), "nothing Rahasia counted for anyone");
    Map<String, Long> years = counts(estimated, ArchiveSearchResult.FACET_YEAR);
    assertEquals(10, years.size());
    years.values().forEach(count -> assertWithin(3_600, count, 0.35));

    Found forArchivist = index.search(festival, archivist);
    assertWithin(42_000, forArchivist.total(), 0.1);
    assertWithin(
        6_000, counts(forArchivist, ArchiveSearchResult.FACET_CLASSIFICATION).get("RAHASIA"), 0.3);
    assertEquals(
        index.search(festival.countedExactly(), archivist).ids(),
        forArchivist.ids(),
        "the best matches, as exactly");

    Found few = index.search(new ArchiveQuery("kraton", new PageRequest(0, 20)), anyone);
    assertFalse(few.approximate(), "under ten thousand matches everything is counted");
    assertEquals(
        index.search(new ArchiveQuery("kraton", new PageRequest(0, 20)).countedExactly(), anyone),
        few);
  }

  private static Map<String, Long> counts(Found found, String facet) {
    return found.facets().get(facet).stream()
        .collect(Collectors.toMap(FacetValue::value, FacetValue::count));
  }

  private static void assertWithin(long expected, long actual, double fraction) {
    assertTrue(
        Math.abs(actual - expected) <= expected * fraction,
        actual + " is not within " + fraction + " of " + expected);
  }

  @Test
  void estimatesAreRoundedToTwoSignificantDigits() {
    assertEquals(37, LuceneArchiveIndex.rounded(37));
    assertEquals(190_000, LuceneArchiveIndex.rounded(190_432));
    assertEquals(10_000, LuceneArchiveIndex.rounded(10_049));
    assertEquals(1_100, LuceneArchiveIndex.rounded(1_056));
  }

  @Test
  void laterPagesAsOfTheFirstDoNotShiftWhileRecordsArrive() {
    List<SearchableRecord> first = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      first.add(
          record(
              "Laporan banjir " + i,
              "Banjir di Bantul.",
              Classification.BIASA,
              UNITS.get(0),
              true,
              "2024-01-" + (10 + i % 18) + "T02:00:00Z"));
    }
    index.apply(first, 1);
    ReadScope anyone = new ReadScope(0, Set.of(), false, "");
    Instant firstPageAt = Instant.parse("2026-01-01T00:00:00Z");
    ArchiveQuery secondPage =
        new ArchiveQuery("banjir", ArchiveFilters.NONE, ArchiveSort.NEWEST, new PageRequest(1, 10))
            .asOf(firstPageAt);
    List<UUID> before = index.search(secondPage, anyone).ids();

    SearchableRecord arrived =
        new SearchableRecord(
            UUID.randomUUID(),
            "Banjir terbaru",
            null,
            "Banjir lagi di Bantul.",
            ReleaseType.NEWS,
            Classification.BIASA,
            UNITS.get(0),
            List.of(),
            Language.ID,
            true,
            Instant.parse("2024-02-01T02:00:00Z"),
            firstPageAt.plusSeconds(60),
            RecordOrigin.PUBLISHED);
    index.apply(List.of(arrived), 2);

    assertEquals(before, index.search(secondPage, anyone).ids(), "as of the first page");
    assertEquals(30, index.search(secondPage, anyone).total());
    Found now =
        index.search(
            new ArchiveQuery(
                "banjir", ArchiveFilters.NONE, ArchiveSort.NEWEST, new PageRequest(0, 10)),
            anyone);
    assertEquals(arrived.id(), now.ids().get(0), "a new search sees it first");
    assertEquals(31, now.total());
  }
}
