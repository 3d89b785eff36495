package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.content.api.Language;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.UnitPath;

/**
 * What an import needs beyond its file: the unit whose old website it comes from, and the type and
 * language of its rows where a row does not say (a CSV may, per row; a WordPress export cannot).
 */
public record ImportRequest(
    String fileName, ImportFormat format, UnitPath unit, ReleaseType type, Language language) {}
