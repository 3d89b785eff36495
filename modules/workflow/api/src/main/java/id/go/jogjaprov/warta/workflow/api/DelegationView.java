package id.go.jogjaprov.warta.workflow.api;

import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.UUID;

/**
 * A head's delegation to a deputy (Plh/Plt), as either of them sees it; {@code revocable}: the
 * caller made it, and may end it.
 */
public record DelegationView(
    UUID id,
    Username delegator,
    Username delegate,
    Instant startsAt,
    Instant endsAt,
    String reason,
    boolean active,
    boolean revocable) {}
