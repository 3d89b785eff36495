package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;

/**
 * A release was saved as a new revision (written, revised or restored); observers see it in the
 * saving transaction. The approval workflow learns from it who had a hand in the text, and sends
 * text changed under review back to review.
 */
public record ReleaseSaved(
    ReleaseId releaseId,
    int revision,
    Username savedBy,
    Username author,
    UnitPath unit,
    Classification classification,
    InformationCategory informationCategory,
    ReleaseStatus status) {}
