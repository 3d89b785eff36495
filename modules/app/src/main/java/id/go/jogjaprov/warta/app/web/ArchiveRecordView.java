package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.archives.api.ArchiveRecordDetails;
import id.go.jogjaprov.warta.archives.api.ArchiveSearch;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/** One archive record, opened from the search. */
@Named
@ViewScoped
public class ArchiveRecordView implements Serializable {

  @Inject ArchiveSearch archive;

  private String id;
  private ArchiveRecordDetails record;

  public void load() {
    try {
      record = archive.open(UUID.fromString(id));
    } catch (IllegalArgumentException | NullPointerException malformed) {
      throw new ItemNotFoundException(AppMessages.ARCHIVE_RECORD_NOT_FOUND);
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ArchiveRecordDetails getRecord() {
    return record;
  }
}
