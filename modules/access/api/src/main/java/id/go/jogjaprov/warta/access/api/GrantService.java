package id.go.jogjaprov.warta.access.api;

/**
 * Explicit grants. The module that owns the item checks that the caller may share it; this service
 * checks the rest (clearance for the item's level, a reason, an end in the future) and records the
 * grant in the audit trail. A grant never lifts the grantee's clearance.
 */
public interface GrantService {

  /** The longest a grant may run. */
  java.time.Duration LONGEST = java.time.Duration.ofDays(366);

  void grant(ItemGrant grant);
}
