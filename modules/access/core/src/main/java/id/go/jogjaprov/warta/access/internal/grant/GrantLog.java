package id.go.jogjaprov.warta.access.internal.grant;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.access.api.ItemGrant;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;

/** Storage of explicit grants (read by the database function {@code access.has_grant}). */
public interface GrantLog {

  /** Stores a grant to the grantee's account (the name is kept for people reading it). */
  void add(
      ItemGrant grant, AccountId granteeAccount, String reason, Username grantedBy, Instant at);
}
