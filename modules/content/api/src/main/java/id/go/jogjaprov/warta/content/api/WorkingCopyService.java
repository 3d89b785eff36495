package id.go.jogjaprov.warta.content.api;

import java.util.List;
import java.util.Optional;

/**
 * The editor's safety net: every few seconds it saves what the official is writing to their own
 * working copy, which only they can read, so that a closed browser loses at most those seconds.
 * {@code release} is empty for the new draft they are writing. Saving the release discards the
 * working copy.
 */
public interface WorkingCopyService {

  /**
   * Keeps the caller's text as their working copy of {@code release}, written over {@code
   * basedOnVersion}; refused where the caller could not save the release itself.
   */
  void autosave(Optional<ReleaseId> release, ReleaseDraft draft, Optional<Long> basedOnVersion);

  Optional<WorkingCopy> mine(Optional<ReleaseId> release);

  void discard(Optional<ReleaseId> release);

  /** Others who have this release open in the editor now; nothing of their text. */
  List<EditingNow> othersEditing(ReleaseId release);
}
