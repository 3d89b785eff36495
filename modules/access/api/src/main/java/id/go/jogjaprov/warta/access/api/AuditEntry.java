package id.go.jogjaprov.warta.access.api;

import id.go.jogjaprov.warta.kernel.Classification;
import java.time.Instant;

/**
 * One entry of the audit trail as a viewer may see it: who, what, when, from where and why. For
 * entries above the viewer's clearance the detail is withheld ({@link #detailWithheld()}).
 */
public record AuditEntry(
    long sequence,
    Instant at,
    String actor,
    String origin,
    AuditAction action,
    String itemKind,
    String itemId,
    Classification level,
    String detail,
    boolean detailWithheld) {}
