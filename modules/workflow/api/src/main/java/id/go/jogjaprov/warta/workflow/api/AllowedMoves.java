package id.go.jogjaprov.warta.workflow.api;

/**
 * What the caller may do to a release's review now, each exactly as the matching move would answer:
 * a page offers a button only when it would work.
 */
public record AllowedMoves(
    boolean submit, boolean decide, boolean withdraw, boolean publishUrgently) {

  public static final AllowedMoves NONE = new AllowedMoves(false, false, false, false);
}
