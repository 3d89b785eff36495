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

  /** The seal this entry should carry after {@code previousHash}: every field but its own seals. */
  public String expectedSeal(String previousHash) {
    return AuditChain.sha256(
        String.join(
            "\u001f",
            previousHash,
            Long.toString(sequence),
            Long.toString(at.getEpochSecond()),
            Integer.toString(at.getNano() / 1000),
            actor,
            origin,
            action,
            itemKind,
            itemId,
            Integer.toString(level),
            detail));
  }
}
