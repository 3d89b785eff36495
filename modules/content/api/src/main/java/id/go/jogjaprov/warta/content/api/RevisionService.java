package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;

/**
 * Reading a release's history. A revision is shown only to those who may read the release and are
 * cleared for the level the revision is kept at; any other is reported as not found, and a history
 * lists only what the caller may read. Reading classified text is recorded in the audit trail.
 */
public interface RevisionService {

  /** The revisions of a release the caller may read, newest first. */
  Page<RevisionSummary> history(ReleaseId release, PageRequest page);

  RevisionDetails revision(ReleaseId release, int number);

  /** The changes from one revision to another, word by word. */
  RevisionDiff compare(ReleaseId release, int from, int to);

  /**
   * What the caller's unsaved text changes against the release's current revision, for merging
   * after someone else saved first; the unsaved side is numbered 0.
   */
  RevisionDiff compareWithCurrent(ReleaseId release, ReleaseDraft mine);
}
