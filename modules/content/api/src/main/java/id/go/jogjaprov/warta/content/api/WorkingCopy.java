package id.go.jogjaprov.warta.content.api;

import java.time.Instant;
import java.util.Optional;

/**
 * What the editor saved on its own for its official: the text as it stood at {@code savedAt},
 * written over version {@code basedOnVersion} of the release (none for a new draft).
 */
public record WorkingCopy(
    Optional<ReleaseId> release,
    ReleaseType type,
    String title,
    String lead,
    String body,
    String changeNote,
    Optional<Long> basedOnVersion,
    Instant startedAt,
    Instant savedAt) {}
