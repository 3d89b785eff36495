package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.content.api.ReleaseFilter;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.content.api.ReleaseSort;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.content.api.ReleaseSummary;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The releases the official may see, filtered, sorted and paged by the database: the table asks for
 * one page at a time and the data layer decides what is in it.
 */
@Named
@ViewScoped
public class ReleaseListView implements Serializable {

  private static final Map<String, ReleaseSort.Field> SORTABLE =
      Map.of(
          "updatedAt", ReleaseSort.Field.UPDATED,
          "title", ReleaseSort.Field.TITLE,
          "status", ReleaseSort.Field.STATUS,
          "type", ReleaseSort.Field.TYPE,
          "classification", ReleaseSort.Field.CLASSIFICATION,
          "unit", ReleaseSort.Field.UNIT);

  @Inject ReleaseService releases;
  @Inject CurrentOfficial currentOfficial;

  private boolean mineOnly;

  /** Words in the title to start with (the page's {@code q}), so that a search can be linked. */
  private String words;

  private final LazyDataModel<ReleaseSummary> model = new Releases();

  /** One page of releases, asked of the service as the table needs it. */
  private class Releases extends LazyDataModel<ReleaseSummary> {

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) releases.list(filter(filterBy), PageRequest.first(1)).total();
    }

    @Override
    public List<ReleaseSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      Page<ReleaseSummary> page =
          releases.list(
              filter(filterBy),
              sort(sortBy),
              new PageRequest(first / Math.max(1, pageSize), pageSize));
      setRowCount((int) page.total());
      return page.items();
    }
  }

  private ReleaseFilter filter(Map<String, FilterMeta> filterBy) {
    ReleaseFilter filter =
        ReleaseFilter.any()
            .inStatuses(values(filterBy, "status", ReleaseStatus.class))
            .matching(
                text(filterBy, "title"),
                values(filterBy, "type", ReleaseType.class),
                values(filterBy, "classification", Classification.class));
    return mineOnly ? filter.by(currentOfficial.get().username()) : filter;
  }

  private static ReleaseSort sort(Map<String, SortMeta> sortBy) {
    return sortBy.values().stream()
        .filter(meta -> SORTABLE.containsKey(meta.getField()))
        .findFirst()
        .map(
            meta ->
                new ReleaseSort(
                    SORTABLE.get(meta.getField()), meta.getOrder() == SortOrder.DESCENDING))
        .orElse(ReleaseSort.NEWEST_CHANGE);
  }

  private static String text(Map<String, FilterMeta> filterBy, String field) {
    FilterMeta meta = filterBy.get(field);
    return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
  }

  private static <E extends Enum<E>> Set<E> values(
      Map<String, FilterMeta> filterBy, String field, Class<E> kind) {
    String chosen = text(filterBy, field);
    return chosen == null || chosen.isBlank() ? Set.of() : Set.of(Enum.valueOf(kind, chosen));
  }

  public LazyDataModel<ReleaseSummary> getModel() {
    return model;
  }

  public String getWords() {
    return words;
  }

  public void setWords(String words) {
    this.words = words;
  }

  public boolean isMineOnly() {
    return mineOnly;
  }

  public void setMineOnly(boolean mineOnly) {
    this.mineOnly = mineOnly;
  }

  public ReleaseStatus[] getStatuses() {
    return ReleaseStatus.values();
  }

  public ReleaseType[] getTypes() {
    return ReleaseType.values();
  }

  public Classification[] getLevels() {
    return Classification.values();
  }
}
