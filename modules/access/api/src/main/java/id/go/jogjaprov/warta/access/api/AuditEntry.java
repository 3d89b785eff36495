package id.go.jogjaprov.warta.access.api;

import id.go.jogjaprov.warta.kernel.Classification;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * One entry of the audit trail as a viewer may see it: who, what, when, from where and why, and its
 * place in the sealed chain once sealed (within a second or two of being written). The level is the
 * higher of the entry's own and its item's current one, and the detail is withheld from viewers not
 * cleared for it ({@link #detailWithheld()}).
 */
public record AuditEntry(
    long id,
    OptionalLong sequence,
    Instant at,
    String actor,
    String origin,
    AuditAction action,
    String itemKind,
    String itemId,
    Classification level,
    String detail,
    boolean detailWithheld) {}
