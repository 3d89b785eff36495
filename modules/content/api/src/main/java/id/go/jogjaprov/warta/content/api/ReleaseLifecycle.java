package id.go.jogjaprov.warta.content.api;

/**
 * The moves of a release's life, driven by the approval workflow. The release itself guards its
 * invariants (which move is allowed from which status; nobody decides on a revision they wrote);
 * who may make a move is the workflow's decision.
 */
public interface ReleaseLifecycle {

  ReleaseDetails submitForReview(ReleaseId id);

  ReleaseDetails requestChanges(ReleaseId id);

  ReleaseDetails approve(ReleaseId id);

  ReleaseDetails reject(ReleaseId id);

  /**
   * Whether the caller may take a review decision on the release now: it is under review, the
   * caller reviews, and they wrote no revision since its last approval (four eyes).
   */
  boolean mayDecide(ReleaseId id);

  /** Publishes an approved release; fires {@link ReleasePublished} in the same transaction. */
  ReleaseDetails publish(ReleaseId id);
}
