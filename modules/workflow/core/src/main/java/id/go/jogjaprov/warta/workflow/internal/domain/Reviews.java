package id.go.jogjaprov.warta.workflow.internal.domain;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The reviews the caller may see. */
public interface Reviews {

  void add(Review review);

  Optional<Review> find(ReleaseId releaseId);

  /**
   * The review, locked until this transaction ends: of two heads deciding at once, the second waits
   * and then finds it decided.
   */
  Optional<Review> lock(ReleaseId releaseId);

  /**
   * Approved releases whose embargo has lifted by {@code now}, among those the caller may see:
   * oldest embargo first.
   */
  List<ReleaseId> embargoLiftedBy(Instant now);

  /**
   * Releases of these units' lines waiting for a decision {@code reviewer} may take: under first
   * review, or (for an agency head) awaiting the second approval given by someone else; never text
   * they had a hand in. Longest waiting first.
   */
  Page<Review> awaiting(
      Username reviewer, Set<UnitPath> unitLines, boolean agencyHead, PageRequest page);
}
