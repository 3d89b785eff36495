package id.go.jogjaprov.warta.workflow.api;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of an official's inbox. The title is read through the official's own read of the
 * release, so an entry about a release they can no longer read names none.
 */
public record InboxItem(
    UUID id,
    NoticeKind kind,
    ReleaseId releaseId,
    Optional<String> title,
    String actor,
    Instant at,
    boolean read) {}
