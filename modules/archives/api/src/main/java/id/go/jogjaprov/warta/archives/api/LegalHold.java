package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;

/** A legal hold on a record: while it lasts the record is never destroyed. */
public record LegalHold(String reason, Username placedBy, Instant placedAt) {}
