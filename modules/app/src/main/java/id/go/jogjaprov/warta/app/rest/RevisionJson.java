package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.content.api.RevisionDetails;
import id.go.jogjaprov.warta.content.api.RevisionSummary;
import java.time.Instant;

/** One revision in a release's history on the wire. */
public record RevisionJson(
    int number, String author, Instant savedAt, String changeNote, String classification) {

  static RevisionJson of(RevisionSummary revision) {
    return new RevisionJson(
        revision.number(),
        revision.author().value(),
        revision.savedAt(),
        revision.changeNote().orElse(null),
        revision.classification().name());
  }

  /** A revision with its text. */
  public record Text(RevisionJson revision, String type, String title, String lead, String body) {

    static Text of(RevisionDetails details) {
      return new Text(
          RevisionJson.of(details.revision()),
          details.type().name(),
          details.title(),
          details.lead(),
          details.body());
    }
  }
}
