package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.RevisionDiff;
import id.go.jogjaprov.warta.content.api.RevisionService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Two revisions of a release side by side, the older on the left, changes highlighted. */
@Named
@ViewScoped
public class RevisionCompareView implements Serializable {

  @Inject RevisionService revisions;

  private String id;
  private int from;
  private int to;
  private transient RevisionDiff diff;

  /** Loads the comparison named in the URL (viewAction); reading classified text is recorded. */
  public void load() {
    diff = revisions.compare(ReleaseId.parse(id), from, to);
  }

  public RevisionDiff getDiff() {
    return diff;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public int getFrom() {
    return from;
  }

  public void setFrom(int from) {
    this.from = from;
  }

  public int getTo() {
    return to;
  }

  public void setTo(int to) {
    this.to = to;
  }
}
