package id.go.jogjaprov.warta.access.api;

import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.UUID;

/** A Sangat Rahasia clearance waiting for a second administrator's confirmation. */
public record ClearanceRequest(UUID id, Username official, Username requestedBy, Instant requestedAt) {}
