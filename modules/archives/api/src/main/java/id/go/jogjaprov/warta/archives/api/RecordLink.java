package id.go.jogjaprov.warta.archives.api;

import java.time.Instant;
import java.util.UUID;

/**
 * Another record named from a record's page (the one it corrects, or a correction of it), shown
 * only to whoever may read that other record.
 */
public record RecordLink(UUID id, String recordNumber, String title, Instant publishedAt) {}
