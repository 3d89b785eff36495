package id.go.jogjaprov.warta.access.api;

import java.time.Instant;

/** An audit entry exactly as stored, with its seals: what {@link AuditChain} verifies. */
public record SealedAuditEntry(
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
