package id.go.jogjaprov.warta.access.api;

import id.go.jogjaprov.warta.kernel.Classification;
import java.util.Objects;

/**
 * Something to record: what happened to which item at which level, and a short detail. The detail
 * must never quote an item's title or text; it is hidden from auditors not cleared for the level.
 * An event about no item in particular has an empty kind and id.
 */
public record AuditEvent(
    AuditAction action, String itemKind, String itemId, Classification level, String detail) {

  public static final int DETAIL_MAX = 1000;

  public AuditEvent {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(level, "level");
    itemKind = itemKind == null ? "" : itemKind;
    itemId = itemId == null ? "" : itemId;
    detail =
        detail == null
            ? ""
            : detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX) : detail;
  }
}
