package id.go.jogjaprov.warta.access.api;

/**
 * A record's place in the chain: its position, the seal of the entry before it, and its own seal, a
 * keyed hash over both and every field of the record ({@link AuditChain#seal}). {@code keyId} names
 * the key that sealed it, so that a seal made with another key is told apart from a forgery.
 */
public record AuditSeal(
    long position, long recordId, String previousSeal, String seal, String keyId) {}
