package id.go.jogjaprov.warta.access.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.Username;
import java.util.List;

/**
 * The append-only, tamper-evident audit trail. Recording joins the caller's transaction, so an
 * action and its entry commit together, and takes no lock: entries are sealed into the chain
 * shortly after they commit, by one sealer at a time.
 */
public interface AuditTrail {

  /**
   * Appends an entry for the current official, from the current request's address. A read of the
   * same item is recorded once per request.
   */
  void record(AuditEvent event);

  /**
   * Appends entries for the current official in one write, as {@link #record} would one by one: a
   * page that shows many classified items records them without a round trip each.
   */
  void recordAll(List<AuditEvent> events);

  /**
   * Records that a privileged official (see {@link Official#isPrivileged()}) began using Warta with
   * a credential (a browser session or a bearer token), once per credential. The fingerprint names
   * the credential without revealing it.
   */
  void recordPrivilegedUse(String credentialFingerprint);

  /**
   * An item's classification changed: entries about it are shown from now on at no less than its
   * new level, so that a detail written while it was lower is withheld once it is raised.
   */
  void itemLevelChanged(String itemKind, String itemId, Classification level);

  /**
   * A page of entries matching the query, newest first. Auditors see every entry; details above
   * their clearance are withheld. Other officials may not read the trail.
   */
  Page<AuditEntry> search(AuditQuery query, PageRequest page);

  /**
   * Who opened an item, newest first, told to its author only: the owning module says who wrote it;
   * anyone else is answered an empty page.
   */
  Page<AuditEntry> readsOfOwnWork(
      String itemKind, String itemId, Username author, PageRequest page);

  /**
   * Walks the whole chain with the key, checks that it reaches the head anchored outside the
   * database and that no entry stayed unsealed, and reports the first entry that does not hold.
   */
  ChainVerification verify();
}
