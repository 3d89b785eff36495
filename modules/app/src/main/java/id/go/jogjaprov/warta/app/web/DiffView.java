package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.content.api.RevisionDiff.Change;
import id.go.jogjaprov.warta.content.api.RevisionDiff.FieldDiff;
import id.go.jogjaprov.warta.content.api.RevisionDiff.Segment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * How a comparison is shown side by side (templates/diff-table.xhtml): labels and the two sides.
 */
@Named("diffs")
@ApplicationScoped
public class DiffView {

  /** The field's name on the page, as the editor labels it ({@code field.title}). */
  public String label(FieldDiff field) {
    return PageMessages.pageText("field." + field.field(), field.field());
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

  /** A release type is shown by its name in the page's language, not its code. */
  private static Segment labelled(Segment type) {
    return type.text().isBlank()
        ? type
        : new Segment(type.change(), PageMessages.label(ReleaseType.valueOf(type.text())));
  }
}
