package id.go.jogjaprov.warta.workflow.api;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.kernel.Username;

/** A head approved a release; observers see it in the approving transaction. */
public record ReleaseApproved(ReleaseId releaseId, Username approvedBy) {}
