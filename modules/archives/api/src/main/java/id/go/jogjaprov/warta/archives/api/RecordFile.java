package id.go.jogjaprov.warta.archives.api;

import java.util.Optional;
import java.util.UUID;

/**
 * A file an archive record keeps: a copy of an attachment of its release as it was published, with
 * the checksum it had then. A destroyed record's files keep their names, without their bytes.
 */
public record RecordFile(
    UUID id,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    Optional<String> altText,
    Optional<String> caption) {}
