package id.go.jogjaprov.warta.access.api;

import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.Optional;

/** A filter over the audit trail; empty parts match everything. */
public record AuditQuery(
    Optional<Username> actor,
    Optional<AuditAction> action,
    Optional<String> itemId,
    Optional<Instant> from,
    Optional<Instant> to) {

  public static AuditQuery forItem(String itemId) {
    return new AuditQuery(Optional.empty(), Optional.empty(), Optional.of(itemId), Optional.empty(), Optional.empty());
  }
}
