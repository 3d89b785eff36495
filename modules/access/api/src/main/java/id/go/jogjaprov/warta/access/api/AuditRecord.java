package id.go.jogjaprov.warta.access.api;

import java.time.Instant;

/**
 * One entry of the audit trail exactly as stored: who did what to which item, when, from where, at
 * which level, with a short detail. Its {@code id} is given by the database when the caller's
 * transaction writes it; its place in the chain comes later, with its {@link AuditSeal}.
 */
public record AuditRecord(
    long id,
    Instant at,
    String actor,
    String origin,
    String action,
    String itemKind,
    String itemId,
    int level,
    String detail) {}
