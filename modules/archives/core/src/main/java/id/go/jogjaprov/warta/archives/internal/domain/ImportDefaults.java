package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.content.api.Language;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.time.Instant;

/**
 * What an import's rows take where they say nothing, and the highest level its importer may bring
 * in ({@code ceiling}, their clearance when they started: 0 to 4). {@code now} bounds the dates.
 */
public record ImportDefaults(
    UnitPath unit, ReleaseType type, Language language, int ceiling, Instant now) {}
