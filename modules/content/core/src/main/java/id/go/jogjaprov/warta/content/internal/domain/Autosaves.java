package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.content.api.EditingNow;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Working copies: each official reads their own newest within clearance; those who may read the
 * release learn who else is editing it since when.
 */
public interface Autosaves {

  Optional<Autosave> find(AccountId owner, Optional<ReleaseId> release);

  void add(Autosave autosave);

  /** Removes the owner's working copies (those within their present clearance). */
  void discard(AccountId owner, Optional<ReleaseId> release);

  /**
   * Officials other than {@code not} whose working copy of the release was saved after {@code
   * activeSince}.
   */
  List<EditingNow> editing(ReleaseId release, AccountId not, Instant activeSince);
}
