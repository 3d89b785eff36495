package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.util.Optional;

/**
 * A passage of a release about to go public that resembles classified material of its unit line.
 * The classified side is named (its release, title and closest passage) only to an official who may
 * read it; anyone else learns its level and unit, and that the passage must not go out as it is.
 *
 * @param passage the passage of the release being checked, the checker's own text
 * @param similarityPercent how closely it matches, 0 to 100 (pg_trgm word similarity)
 */
public record Overlap(
    String passage,
    int similarityPercent,
    Classification level,
    UnitPath unit,
    Optional<ReleaseId> source,
    Optional<String> sourceTitle,
    Optional<String> sourcePassage) {

  /** Whether the official asking may see the classified side. */
  public boolean disclosed() {
    return source.isPresent();
  }

  /** The same overlap with its classified side withheld. */
  public Overlap withheld() {
    return new Overlap(
        passage,
        similarityPercent,
        level,
        unit,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
