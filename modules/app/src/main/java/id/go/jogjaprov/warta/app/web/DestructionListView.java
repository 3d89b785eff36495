package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.archives.api.DestructionListDetails;
import id.go.jogjaprov.warta.archives.api.RecordKeeping;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/** One destruction list ({@code destruction-list.xhtml?id=}): its records, the head's decision. */
@Named
@ViewScoped
public class DestructionListView implements Serializable {

  @Inject RecordKeeping keeping;

  private String id;
  private transient DestructionListDetails list;

  public void load() {
    list = keeping.list(listId());
  }

  public void approve() {
    list = keeping.approve(listId());
  }

  public void reject() {
    list = keeping.reject(listId());
  }

  private UUID listId() {
    try {
      return UUID.fromString(String.valueOf(id));
    } catch (IllegalArgumentException malformed) {
      throw new ItemNotFoundException(AppMessages.DESTRUCTION_LIST_NOT_FOUND);
    }
  }

  public DestructionListDetails getList() {
    if (list == null) {
      load();
    }
    return list;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
