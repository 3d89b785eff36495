package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.archives.api.ArchiveExports;
import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.ArchiveSearch;
import id.go.jogjaprov.warta.archives.api.ArchiveSearchResult;
import id.go.jogjaprov.warta.content.api.Language;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.UnitPath;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The archivist's search page. Every search is a link ({@code archive.xhtml?q=…&unit=…}): a
 * permalink to share, and what a facet value in the sidebar narrows to.
 */
@Named
@ViewScoped
public class ArchiveSearchView implements Serializable {

  static final int PAGE_SIZE = 20;

  @Inject ArchiveSearch archive;

  private String words;
  private String from;
  private String to;
  private String unit;
  private String type;
  private String tag;
  private String language;
  private String level;
  private String sort;
  private String counts;
  private int page;

  /** The moment the first page was answered: later pages are paged as of it. */
  private Instant asOf;

  private ArchiveSearchResult result;
  private String histogram;

  /** On opening the page: a search link runs its search. */
  public void open() {
    if (!asked().isEmpty()) {
      load();
    }
  }

  /** The search box: to the link of what was typed, with the filters chosen so far. */
  public String search() {
    return "archive?faces-redirect=true&includeViewParams=true";
  }

  public void next() {
    page++;
    load();
  }

  public void previous() {
    page = Math.max(0, page - 1);
    load();
  }

  private void load() {
    ArchiveQuery query = ArchiveQuery.parse(asked()::get, new PageRequest(page, PAGE_SIZE));
    result = archive.search(asOf == null ? query : query.asOf(asOf));
    asOf = result.asOf();
    histogram = histogram();
  }

  /** The link parameters of this search, those given only. */
  Map<String, String> asked() {
    Map<String, String> asked = new LinkedHashMap<>();
    put(asked, "q", words);
    put(asked, "from", from);
    put(asked, "to", to);
    put(asked, "unit", unit);
    put(asked, "type", type);
    put(asked, "tag", tag);
    put(asked, "language", language);
    put(asked, "level", level);
    put(asked, "sort", sort);
    put(asked, "counts", counts);
    return asked;
  }

  private static void put(Map<String, String> parameters, String name, String value) {
    if (value != null && !value.isBlank()) {
      parameters.put(name, value);
    }
  }

  /** The link to this search narrowed to one facet value (a year or month spans from and to). */
  public String narrowedTo(String facet, String value) {
    Map<String, String> parameters = asked();
    switch (facet) {
      case ArchiveSearchResult.FACET_CLASSIFICATION -> parameters.put("level", value);
      case ArchiveSearchResult.FACET_UNIT -> parameters.put("unit", value);
      case ArchiveSearchResult.FACET_TYPE -> parameters.put("type", value);
      case ArchiveSearchResult.FACET_TAG -> parameters.put("tag", value);
      case ArchiveSearchResult.FACET_LANGUAGE -> parameters.put("language", value);
      default -> {
        parameters.put("from", value);
        parameters.put("to", value);
      }
    }
    return QueryLinks.of("archive.xhtml", parameters);
  }

  /** The link to this search in another order ({@code newest}, {@code relevance}). */
  public String sortedBy(String order) {
    Map<String, String> parameters = asked();
    parameters.put("sort", order);
    return QueryLinks.of("archive.xhtml", parameters);
  }

  /** The link to this search counted exactly. */
  public String getCountedExactly() {
    Map<String, String> parameters = asked();
    parameters.put("counts", "exact");
    return QueryLinks.of("archive.xhtml", parameters);
  }

  /** The link to this search without one of its parameters. */
  public String without(String parameter) {
    Map<String, String> parameters = asked();
    parameters.remove(parameter);
    if (parameter.equals("from")) {
      parameters.remove("to");
    }
    return QueryLinks.of("archive.xhtml", parameters);
  }

  /** The filters this search narrows by, as parameter → what people read. */
  public Map<String, String> getNarrowing() {
    Map<String, String> narrowing = new LinkedHashMap<>();
    if (from != null && !from.isBlank()) {
      narrowing.put(
          "from",
          from.equals(to) ? periodLabel(from) : periodLabel(from) + " – " + periodLabel(to));
    } else if (to != null && !to.isBlank()) {
      narrowing.put("to", "– " + periodLabel(to));
    }
    if (unit != null && !unit.isBlank()) {
      narrowing.put("unit", facetLabel(ArchiveSearchResult.FACET_UNIT, unit));
    }
    if (type != null && !type.isBlank()) {
      narrowing.put("type", facetLabel(ArchiveSearchResult.FACET_TYPE, type));
    }
    if (tag != null && !tag.isBlank()) {
      narrowing.put("tag", "#" + tag);
    }
    if (language != null && !language.isBlank()) {
      narrowing.put("language", facetLabel(ArchiveSearchResult.FACET_LANGUAGE, language));
    }
    if (level != null && !level.isBlank()) {
      narrowing.put("level", facetLabel(ArchiveSearchResult.FACET_CLASSIFICATION, level));
    }
    return narrowing;
  }

  /**
   * The hits of this search as a CSV file (the export's limit and stamp: {@link ArchiveExports}).
   */
  public String getExportLink() {
    return QueryLinks.of("archive-export/list.csv", asked());
  }

  public boolean hasNext() {
    return result != null && (long) (page + 1) * PAGE_SIZE < result.total();
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public int getPage() {
    return page;
  }

  /** A facet value for people: a classification's label, a unit's own name, a month's name. */
  public String facetLabel(String facet, String value) {
    try {
      return switch (facet) {
        case ArchiveSearchResult.FACET_CLASSIFICATION ->
            PageMessages.label(Classification.valueOf(value));
        case ArchiveSearchResult.FACET_UNIT -> UnitPath.of(value).name();
        case ArchiveSearchResult.FACET_TYPE -> PageMessages.label(ReleaseType.valueOf(value));
        case ArchiveSearchResult.FACET_LANGUAGE -> Language.valueOf(value).label();
        case ArchiveSearchResult.FACET_MONTH -> periodLabel(value);
        default -> value;
      };
    } catch (IllegalArgumentException unknown) {
      return value;
    }
  }

  private static String periodLabel(String period) {
    if (period != null && period.length() == 7) {
      return YearMonth.parse(period)
          .format(DateTimeFormatter.ofPattern("MMMM yyyy", PageMessages.locale()));
    }
    return period;
  }

  /**
   * The hits over time as a chart: per year, or per month once a year is chosen; none without hits.
   */
  public String getHistogram() {
    return histogram;
  }

  private String histogram() {
    if (result.total() == 0) {
      return null;
    }
    String facet =
        shown(ArchiveSearchResult.FACET_MONTH)
            ? ArchiveSearchResult.FACET_MONTH
            : ArchiveSearchResult.FACET_YEAR;
    return HistogramChart.json(
        result.facets().getOrDefault(facet, java.util.List.of()),
        PageMessages.pageText("archive.histogram", facet),
        value -> facetLabel(facet, value));
  }

  /** Months are listed once a year is chosen; the rest always. */
  public boolean shown(String facet) {
    return !facet.equals(ArchiveSearchResult.FACET_MONTH)
        || (from != null && from.length() == 4 && from.equals(to));
  }

  /** Facet names in the page's language, for the sidebar ({@code archive.facet.unit}). */
  public String facetName(String facet) {
    return PageMessages.pageText("archive.facet." + facet, facet);
  }

  /** The snippet as safe HTML: escaped text with the matched words marked. */
  public String highlighted(String snippet) {
    return Snippets.html(snippet);
  }

  public String getWords() {
    return words;
  }

  public void setWords(String words) {
    this.words = words;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getCounts() {
    return counts;
  }

  public void setCounts(String counts) {
    this.counts = counts;
  }

  public ArchiveSearchResult getResult() {
    return result;
  }
}
