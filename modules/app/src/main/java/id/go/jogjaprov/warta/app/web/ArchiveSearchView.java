package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.ArchiveSearch;
import id.go.jogjaprov.warta.archives.api.ArchiveSearchResult;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The archivist's search page. */
@Named
@ViewScoped
public class ArchiveSearchView implements Serializable {

  static final int PAGE_SIZE = 20;

  @Inject transient ArchiveSearch archive;

  private String words;
  private ArchiveSearchResult result;

  public void search() {
    result = archive.search(new ArchiveQuery(words, 0, PAGE_SIZE));
  }

  /** The snippet as safe HTML: escaped text with the matched words marked. */
  public String highlighted(String snippet) {
    String escaped =
        snippet.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    return escaped.replace("«", "<mark>").replace("»", "</mark>");
  }

  public String getWords() { return words; }
  public void setWords(String words) { this.words = words; }
  public ArchiveSearchResult getResult() { return result; }
}
