package id.go.jogjaprov.warta.access.internal.keycloak;

import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.Map;

/** What Warta believes each official's clearance is (level 0: none), and which surprises it reported. */
public interface ClearanceLedger {

  /** Takes the clearances found as the starting point; true only for the one caller that did. */
  boolean takeBaseline(Map<Username, Integer> clearances, Instant at);

  /** Warta granted (or removed) a clearance through its own flow. */
  void granted(Username official, int level, Instant at);

  /** The level Warta granted the official (0 when none or unknown). */
  int grantedLevel(Username official);

  /** Notes an alert for a clearance Warta did not grant; true only the first time for this level. */
  boolean alertOnce(Username official, int level, Instant at);
}
