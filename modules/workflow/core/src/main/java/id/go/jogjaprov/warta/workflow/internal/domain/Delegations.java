package id.go.jogjaprov.warta.workflow.internal.domain;

import id.go.jogjaprov.warta.access.api.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Delegations the caller is a party to. */
public interface Delegations {

  void add(Delegation delegation);

  Optional<Delegation> find(UUID id);

  /** Those in which {@code deputy} acts at {@code now}. */
  List<Delegation> actingFor(AccountId deputy, Instant now);

  /** The caller's own and those naming them, not yet over at {@code now}, soonest first. */
  List<Delegation> current(Instant now);
}
