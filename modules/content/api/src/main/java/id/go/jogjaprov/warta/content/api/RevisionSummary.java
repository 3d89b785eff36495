package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.Optional;

/**
 * One save of a release in its history: who saved it when, their change note, and the level this
 * text is kept at (which may be higher than the release's own).
 */
public record RevisionSummary(
    int number,
    Username author,
    Instant savedAt,
    Optional<String> changeNote,
    Classification classification) {}
