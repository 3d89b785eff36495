package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.UUID;

/** Who took a copy out of Warta and when; the id names the export in the audit trail. */
public record ExportStamp(UUID id, Username viewer, Instant at) {}
