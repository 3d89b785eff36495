package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEntry;
import id.go.jogjaprov.warta.access.api.AuditQuery;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.ChainVerification;
import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The auditor's page: filter the trail, page through it, export what matches (AuditExportServlet),
 * verify its chain. The table loads page by page from the trail. The bean keeps the filter as
 * typed, and builds the query from it when the table asks, so that it stays serializable.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

  @Inject AuditTrail trail;

  private String actor;
  private AuditAction action;
  private String item;
  private ChainVerification verification;
  private final Entries entries = new Entries();

  private AuditQuery query() {
    return new AuditQuery(
        Optional.ofNullable(actor).filter(a -> !a.isBlank()).map(Username::new),
        Optional.ofNullable(action),
        Optional.ofNullable(item).filter(i -> !i.isBlank()),
        Optional.empty(),
        Optional.empty());
  }

  /** What the check of the chain found, in the page's language; empty before the check. */
  public String getVerificationText() {
    if (verification == null) {
      return "";
    }
    return verification.intact()
        ? PageMessages.text(AppMessages.CHAIN_INTACT, verification.entriesChecked())
        : PageMessages.text(
            AppMessages.CHAIN_BROKEN,
            verification.firstBrokenSequence().getAsLong(),
            verification.problem());
  }

  public void verify() {
    verification = trail.verify();
  }

  /** The trail as the table pages through it, newest first. */
  final class Entries extends LazyDataModel<AuditEntry> {

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return (int) Math.min(Integer.MAX_VALUE, trail.search(query(), PageRequest.first(1)).total());
    }

    /** Loads the rows the table shows, in pages of at most the trail's largest. */
    @Override
    public List<AuditEntry> load(
        int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
      AuditQuery query = query();
      List<AuditEntry> loaded = new ArrayList<>();
      int chunk = PageRequest.MAX_SIZE;
      int end = first + size;
      for (int page = first / chunk; page * chunk < end; page++) {
        List<AuditEntry> items = trail.search(query, new PageRequest(page, chunk)).items();
        for (int i = 0; i < items.size(); i++) {
          int position = page * chunk + i;
          if (position >= first && position < end) {
            loaded.add(items.get(i));
          }
        }
        if (items.size() < chunk) {
          break;
        }
      }
      return loaded;
    }

    @Override
    public String getRowKey(AuditEntry entry) {
      return Long.toString(entry.id());
    }
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public LazyDataModel<AuditEntry> getEntries() {
    return entries;
  }

  public ChainVerification getVerification() {
    return verification;
  }
}
