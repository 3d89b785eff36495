package id.go.jogjaprov.warta.access.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.UUID;

/** Need-to-know on one item for one named official, for a reason, until a time. */
public record ItemGrant(
    String itemKind,
    UUID itemId,
    Classification level,
    Username grantee,
    String reason,
    Instant until) {}
