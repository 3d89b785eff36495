package id.go.jogjaprov.warta.access.internal.audit;

import id.go.jogjaprov.warta.access.api.AuditChain;
import java.time.Instant;

/** An audit entry exactly as stored, with its seals. */
public record StoredEntry(
    long sequence,
    Instant at,
    String actor,
    String origin,
    String action,
    String itemKind,
    String itemId,
    int level,
    String detail,
    String previousHash,
    String entryHash) {

  /** The seal this entry should carry after {@code previousHash}. */
  public String expectedSeal(String previousHash) {
    return AuditChain.seal(previousHash, sequence, at, actor, origin, action, itemKind, itemId, level, detail);
  }
}
