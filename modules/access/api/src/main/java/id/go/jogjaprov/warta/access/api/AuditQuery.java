package id.go.jogjaprov.warta.access.api;

import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.Optional;

/**
 * A filter over the audit trail; empty parts match everything. {@code beforeId} continues a walk
 * through the trail from where it stopped, unmoved by entries written meanwhile.
 */
public record AuditQuery(
    Optional<Username> actor,
    Optional<AuditAction> action,
    Optional<String> itemId,
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<Long> beforeId) {

  public AuditQuery(
      Optional<Username> actor,
      Optional<AuditAction> action,
      Optional<String> itemId,
      Optional<Instant> from,
      Optional<Instant> to) {
    this(actor, action, itemId, from, to, Optional.empty());
  }

  public static AuditQuery forItem(String itemId) {
    return new AuditQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.of(itemId),
        Optional.empty(),
        Optional.empty());
  }

  /** The same filter, for entries older than the one numbered {@code id}. */
  public AuditQuery before(long id) {
    return new AuditQuery(actor, action, itemId, from, to, Optional.of(id));
  }
}
