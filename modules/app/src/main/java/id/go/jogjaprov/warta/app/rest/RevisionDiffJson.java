package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.content.api.RevisionDiff;
import java.util.List;

/** The changes between two revisions on the wire. */
public record RevisionDiffJson(RevisionJson from, RevisionJson to, List<Field> fields) {

  /** One field's runs of text; the older side is SAME + REMOVED, the newer SAME + ADDED. */
  public record Field(String field, boolean changed, List<Segment> segments) {}

  public record Segment(String change, String text) {}

  static RevisionDiffJson of(RevisionDiff diff) {
    return new RevisionDiffJson(
        RevisionJson.of(diff.from()),
        RevisionJson.of(diff.to()),
        diff.fields().stream()
            .map(
                field ->
                    new Field(
                        field.field(),
                        field.changed(),
                        field.segments().stream()
                            .map(s -> new Segment(s.change().name(), s.text()))
                            .toList()))
            .toList());
  }
}
