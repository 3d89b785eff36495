package id.go.jogjaprov.warta.access.internal.audit;

import id.go.jogjaprov.warta.access.api.AuditQuery;
import id.go.jogjaprov.warta.access.api.SealedAuditEntry;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Storage of the audit trail. */
public interface AuditLog {

  /** Serialises appenders until the caller's transaction ends; answers the chain's last entry. */
  Optional<SealedAuditEntry> lockAndReadLast();

  void append(SealedAuditEntry entry);

  List<SealedAuditEntry> search(AuditQuery query);

  /** Hands every entry to {@code visitor} in sequence order, without holding them all in memory. */
  void walk(Consumer<SealedAuditEntry> visitor);
}
