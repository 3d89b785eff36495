package id.go.jogjaprov.warta.access.internal.grant;

import id.go.jogjaprov.warta.access.api.ItemGrant;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;

/** Storage of explicit grants (read by the database function {@code access.has_grant}). */
public interface GrantLog {

  void add(ItemGrant grant, String reason, Username grantedBy, Instant at);
}
