package id.go.jogjaprov.warta.content.api;

/**
 * The one door through which the approval workflow reaches a release; an architecture rule lets no
 * other module use it. The workflow decides every move; the release checks only what its text must
 * satisfy for the stage (a consequence test for exempt information, alt text on every image) and
 * that what goes out is exactly the approved revision.
 */
public interface ReleasePublication {

  /**
   * The release takes the stage the review has reached. Publication goes through {@link #publish}.
   */
  ReleaseDetails enter(ReleaseId id, ReleaseStatus stage);

  /**
   * Publishes exactly {@code approvedRevision}, byte for byte: refused if the text has changed
   * since. Fires {@link ReleasePublished} in the same transaction.
   */
  ReleaseDetails publish(ReleaseId id, int approvedRevision);
}
