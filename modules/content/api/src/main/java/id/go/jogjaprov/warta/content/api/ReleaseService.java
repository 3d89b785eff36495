package id.go.jogjaprov.warta.content.api;

import java.util.List;
import java.util.Optional;

/**
 * Writing and reading releases. Every read answers only what the caller may see; an item they may
 * not see is reported as not found.
 */
public interface ReleaseService {

  ReleaseDetails create(ReleaseDraft draft);

  /** Revises an editable release; {@code expectedVersion} guards against overwriting newer work. */
  ReleaseDetails revise(ReleaseId id, ReleaseDraft draft, long expectedVersion);

  ReleaseDetails get(ReleaseId id);

  /** The caller's visible releases, newest change first, optionally of one status. */
  List<ReleaseDetails> list(Optional<ReleaseStatus> status);

  /** Releases published to the public, newest first. */
  List<ReleaseDetails> listPublic(int limit);
}
