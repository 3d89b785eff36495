package id.go.jogjaprov.warta.workflow.api;

import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseSummary;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import java.util.List;

/** Review of releases by the heads of their unit. Nobody decides on a revision they wrote. */
public interface ReviewService {

  ReleaseDetails submit(ReleaseId id);

  /** Records the caller's decision; approving publishes the release at once. */
  ReleaseDetails decide(ReleaseId id, ReviewDecision decision, String comment);

  /** Whether the caller may decide on this release now (the rule {@link #decide} applies). */
  boolean mayDecide(ReleaseDetails release);

  /** Releases under review that the caller may decide on (never those they wrote part of). */
  Page<ReleaseSummary> awaitingMyDecision(PageRequest page);

  /** The approval trail of a release the caller may see, oldest first. */
  List<DecisionRecord> decisionsOn(ReleaseId id);
}
