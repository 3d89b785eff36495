package id.go.jogjaprov.warta.workflow.api;

import java.time.Instant;
import java.util.Optional;

/**
 * What the caller may do to a release's review now, each exactly as the matching move would answer
 * (a page offers a button only when it would work), and the embargo, if one holds the release back.
 */
public record AllowedMoves(
    boolean submit,
    boolean decide,
    boolean withdraw,
    boolean publishUrgently,
    boolean setEmbargo,
    Optional<Instant> embargoUntil) {

  public static final AllowedMoves NONE =
      new AllowedMoves(false, false, false, false, false, Optional.empty());
}
