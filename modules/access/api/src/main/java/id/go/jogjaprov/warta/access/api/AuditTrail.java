package id.go.jogjaprov.warta.access.api;

import java.util.List;

/**
 * The append-only, tamper-evident audit trail. Recording joins the caller's transaction, so an
 * action and its entry commit together.
 */
public interface AuditTrail {

  /** Appends an entry for the current official, from the current request's address. */
  void record(AuditEvent event);

  /**
   * Entries matching the query, newest first. Auditors see every entry; details above their
   * clearance are withheld. Other officials may not read the trail.
   */
  List<AuditEntry> search(AuditQuery query);

  /** Who opened an item: for the item's author, who is told who read their classified work. */
  List<AuditEntry> readsOf(String itemKind, String itemId);

  /** Walks the whole chain and reports the first entry whose seal does not match. */
  ChainVerification verify();
}
