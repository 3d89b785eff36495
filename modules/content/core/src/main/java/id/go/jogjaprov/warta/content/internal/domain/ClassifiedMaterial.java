package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.util.List;
import java.util.Set;

/** Classified releases whose text resembles a passage, among those the caller may read. */
public interface ClassifiedMaterial {

  /** A classified release resembling a passage, with its words for finding the passage in it. */
  record Match(
      ReleaseId id,
      Classification level,
      UnitPath unit,
      String title,
      String plainText,
      double similarity) {}

  /**
   * Classified releases of exactly these units (not those below them), other than {@code except},
   * whose text contains a stretch at least {@code threshold} similar to {@code passage} (pg_trgm
   * word similarity, 0 to 1).
   */
  List<Match> resembling(String passage, Set<UnitPath> units, ReleaseId except, double threshold);
}
