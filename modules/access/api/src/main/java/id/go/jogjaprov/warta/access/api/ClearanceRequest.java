package id.go.jogjaprov.warta.access.api;

import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.UUID;

/**
 * A Sangat Rahasia clearance waiting for a second administrator's confirmation. The accounts are
 * Keycloak's ids: who the request is for, and who asked, are decided by them, never by names.
 */
public record ClearanceRequest(
    UUID id,
    Username official,
    AccountId officialAccount,
    Username requestedBy,
    AccountId requestedByAccount,
    Instant requestedAt) {}
