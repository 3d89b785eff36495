package id.go.jogjaprov.warta.access.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * User administration, done in Keycloak itself (there is no second user store). For administrators
 * only; managing users never gives the right to read classified material, and no administrator
 * changes their own account, however its name is spelled. Every change is audited under the
 * account's canonical name and takes effect with the official's next token (at most five minutes).
 */
public interface Directory {

  /** The realm's accounts, a page at a time. */
  Page<DirectoryUser> users(PageRequest page);

  /**
   * Sets the official's clearance ({@code empty} removes it). Sangat Rahasia is not granted at
   * once: it waits for a second administrator; the answer is then the pending request.
   */
  Optional<ClearanceRequest> setClearance(Username official, Optional<Classification> clearance);

  /** Confirms a pending Sangat Rahasia clearance; never by the administrator who asked. */
  void confirmClearance(UUID requestId);

  List<ClearanceRequest> pendingClearances();

  void setRole(Username official, Role role, boolean granted);

  void setUnitMembership(Username official, UnitPath unit, boolean member);

  /** Disables the account and ends its sessions. */
  void disable(Username official);
}
