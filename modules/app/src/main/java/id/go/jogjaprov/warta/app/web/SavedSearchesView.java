package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.archives.api.SavedSearch;
import id.go.jogjaprov.warta.archives.api.SavedSearches;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The official's saved searches beside the archive search: the search on the page kept under a
 * name, and the links of those kept before. Holds the name typed, not the searches.
 */
@Named
@ViewScoped
public class SavedSearchesView implements Serializable {

  private static final String MESSAGES = "search:messages";

  @Inject SavedSearches searches;
  @Inject ArchiveSearchView search;

  private String name;
  private transient List<SavedSearch> mine;

  public void save() {
    SavedSearch saved = searches.save(name, search.asked());
    PageMessages.info(MESSAGES, AppMessages.SEARCH_SAVED, saved.name());
    name = null;
    mine = null;
  }

  public void forget(String id) {
    searches.forget(UUID.fromString(id));
    mine = null;
  }

  public List<SavedSearch> getMine() {
    if (mine == null) {
      mine = searches.mine();
    }
    return mine;
  }

  public String link(SavedSearch saved) {
    return QueryLinks.of("archive.xhtml", saved.parameters());
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
