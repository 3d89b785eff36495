package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.content.api.RevisionDiff;
import id.go.jogjaprov.warta.content.api.RevisionDiff.Change;
import id.go.jogjaprov.warta.content.api.RevisionDiff.FieldDiff;
import id.go.jogjaprov.warta.content.api.RevisionDiff.Segment;
import id.go.jogjaprov.warta.content.api.RevisionService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Two revisions of a release side by side, the older on the left, changes highlighted. */
@Named
@ViewScoped
public class RevisionCompareView implements Serializable {

  private static final Map<String, String> FIELD_LABELS =
      Map.of("type", "Jenis", "title", "Judul", "lead", "Teras berita", "body", "Isi");

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

  public String label(FieldDiff field) {
    return FIELD_LABELS.getOrDefault(field.field(), field.field());
  }

  /** The older text: what both share and what was removed. */
  public List<Segment> older(FieldDiff field) {
    return side(field, Change.REMOVED);
  }

  /** The newer text: what both share and what was added. */
  public List<Segment> newer(FieldDiff field) {
    return side(field, Change.ADDED);
  }

  private static List<Segment> side(FieldDiff field, Change own) {
    return field.segments().stream()
        .filter(s -> s.change() == Change.SAME || s.change() == own)
        .map(s -> field.field().equals("type") ? labelled(s) : s)
        .toList();
  }

  /** A release type is shown by its name in the office's language, not its code. */
  private static Segment labelled(Segment type) {
    return new Segment(type.change(), ReleaseType.valueOf(type.text()).label());
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
