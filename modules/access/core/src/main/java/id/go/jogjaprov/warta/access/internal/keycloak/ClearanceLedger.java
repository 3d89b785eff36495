package id.go.jogjaprov.warta.access.internal.keycloak;

import id.go.jogjaprov.warta.access.internal.keycloak.Accounts.Account;
import java.time.Instant;
import java.util.Map;

/**
 * What Warta believes each account's clearance is (level 0: none), and which surprises it reported.
 * Kept by Keycloak's id of the account.
 */
public interface ClearanceLedger {

  /**
   * Holds the ledger for the rest of the caller's transaction, so that a comparison with Keycloak
   * and a clearance being granted never interleave (on any node).
   */
  void lock();

  /** Takes the clearances found as the starting point; true only for the one caller that did. */
  boolean takeBaseline(Map<Account, Integer> clearances, Instant at);

  /** Warta granted (or removed) a clearance through its own flow. */
  void granted(Account official, int level, Instant at);

  /** The level Warta granted the account (0 when none or unknown). */
  int grantedLevel(Account official);

  /**
   * Notes an alert for a clearance Warta did not grant; true only the first time for this level.
   */
  boolean alertOnce(Account official, int level, Instant at);
}
