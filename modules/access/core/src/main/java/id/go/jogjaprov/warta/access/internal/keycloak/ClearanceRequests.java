package id.go.jogjaprov.warta.access.internal.keycloak;

import id.go.jogjaprov.warta.access.api.ClearanceRequest;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Storage of Sangat Rahasia clearances awaiting a second administrator. */
public interface ClearanceRequests {

  void add(ClearanceRequest request);

  List<ClearanceRequest> pending();

  void confirm(UUID id, Username confirmedBy, Instant at);
}
