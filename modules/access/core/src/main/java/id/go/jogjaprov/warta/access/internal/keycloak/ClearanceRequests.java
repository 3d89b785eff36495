package id.go.jogjaprov.warta.access.internal.keycloak;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.access.api.ClearanceRequest;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Storage of Sangat Rahasia clearances awaiting a second administrator. */
public interface ClearanceRequests {

  void add(ClearanceRequest request);

  List<ClearanceRequest> pending();

  /** Confirms a pending request; fails if it is no longer pending (someone else was first). */
  void confirm(UUID id, Username confirmedBy, AccountId confirmedByAccount, Instant at);

  /** Withdraws any request still pending for the account. */
  void cancelFor(AccountId official);
}
