package id.go.jogjaprov.warta.access.api;

import java.time.Instant;
import java.util.Optional;

/** A filter over the audit trail; empty parts match everything. */
public record AuditQuery(
    Optional<String> actor,
    Optional<AuditAction> action,
    Optional<String> itemId,
    Optional<Instant> from,
    Optional<Instant> to,
    int limit) {

  public static final int MAX_LIMIT = 1000;

  public AuditQuery {
    limit = Math.max(1, Math.min(limit, MAX_LIMIT));
  }

  public static AuditQuery forItem(String itemId) {
    return new AuditQuery(Optional.empty(), Optional.empty(), Optional.of(itemId), Optional.empty(), Optional.empty(), MAX_LIMIT);
  }
}
