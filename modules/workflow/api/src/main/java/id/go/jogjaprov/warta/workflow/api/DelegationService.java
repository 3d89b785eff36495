package id.go.jogjaprov.warta.workflow.api;

import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Delegation (Plh/Plt): a head on leave names a deputy who decides in their name for a period, at
 * most 90 days. The deputy's decisions record both names; the deputy reads no more than their own
 * clearance allows. Every delegation and its end are audited.
 */
public interface DelegationService {

  /** The calling head names {@code deputy} from {@code from} until {@code until}. */
  DelegationView delegate(Username deputy, Instant from, Instant until, String reason);

  /** Delegations the caller made or was named in, not yet over, soonest first. */
  List<DelegationView> mine();

  /** The head ends a delegation they made; another official's answers not found. */
  void revoke(UUID id);
}
