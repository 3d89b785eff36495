package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.content.api.EditingNow;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.kernel.Classification;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Working copies: each official reads their own; others learn only who is editing since when. */
public interface Autosaves {

  Optional<Autosave> find(AccountId owner, Optional<ReleaseId> release);

  void add(Autosave autosave);

  /** Removes the owner's working copy, including one kept above their present clearance. */
  void discard(AccountId owner, Optional<ReleaseId> release);

  /** Raises every working copy of the release kept below {@code level}, whoever owns it. */
  void raiseTo(ReleaseId release, Classification level);

  /**
   * Officials other than {@code not} whose working copy of the release was saved after {@code
   * activeSince}.
   */
  List<EditingNow> editing(ReleaseId release, AccountId not, Instant activeSince);
}
