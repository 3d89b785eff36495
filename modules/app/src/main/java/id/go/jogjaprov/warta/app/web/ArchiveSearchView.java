package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.ArchiveSearch;
import id.go.jogjaprov.warta.archives.api.ArchiveSearchResult;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.UnitPath;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The archivist's search page. */
@Named
@ViewScoped
public class ArchiveSearchView implements Serializable {

  static final int PAGE_SIZE = 20;

  @Inject ArchiveSearch archive;

  private String words;
  private int page;
  private ArchiveSearchResult result;

  public void search() {
    page = 0;
    load();
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
    result = archive.search(new ArchiveQuery(words, new PageRequest(page, PAGE_SIZE)));
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

  /** A facet value for people: a classification's label, a unit's own name. */
  public String facetLabel(String facet, String value) {
    return switch (facet) {
      case ArchiveSearchResult.FACET_CLASSIFICATION ->
          PageMessages.label(Classification.valueOf(value));
      case ArchiveSearchResult.FACET_UNIT -> UnitPath.of(value).name();
      case ArchiveSearchResult.FACET_TYPE -> PageMessages.label(ReleaseType.valueOf(value));
      default -> value;
    };
  }

  /** Facet names in the page's language, for the sidebar ({@code archive.facet.unit}). */
  public String facetName(String facet) {
    return PageMessages.pageText("archive.facet." + facet, facet);
  }

  /** The snippet as safe HTML: escaped text with the matched words marked. */
  public String highlighted(String snippet) {
    String escaped =
        snippet
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
    return escaped.replace("«", "<mark>").replace("»", "</mark>");
  }

  public String getWords() {
    return words;
  }

  public void setWords(String words) {
    this.words = words;
  }

  public ArchiveSearchResult getResult() {
    return result;
  }
}
