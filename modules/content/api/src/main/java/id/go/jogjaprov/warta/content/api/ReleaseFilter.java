package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which of the caller's visible releases to list. Filters narrow what the data layer already
 * allows; they never widen it.
 *
 * @param units releases owned by these units or units below them
 * @param withoutRevisionsSinceApprovalBy releases in which this official wrote no revision since
 *     the last approval: the query form of the four-eyes part of the release's own rule
 *     (Release.isDecidableBy), for listing what a reviewer may decide on
 */
public record ReleaseFilter(
    Set<ReleaseStatus> statuses,
    Optional<Username> author,
    Optional<Set<UnitPath>> units,
    Optional<Username> withoutRevisionsSinceApprovalBy) {

  public ReleaseFilter {
    statuses = statuses.isEmpty() ? EnumSet.allOf(ReleaseStatus.class) : EnumSet.copyOf(statuses);
    units = units.map(Set::copyOf);
  }

  public static ReleaseFilter any() {
    return new ReleaseFilter(Set.of(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static ReleaseFilter inStatus(ReleaseStatus first, ReleaseStatus... more) {
    return new ReleaseFilter(
        EnumSet.of(first, more), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public ReleaseFilter by(Username username) {
    return new ReleaseFilter(
        statuses, Optional.of(username), units, withoutRevisionsSinceApprovalBy);
  }

  public ReleaseFilter within(Set<UnitPath> unitLines) {
    return new ReleaseFilter(
        statuses, author, Optional.of(unitLines), withoutRevisionsSinceApprovalBy);
  }

  public ReleaseFilter withoutRevisionsSinceApprovalBy(Username reviewer) {
    return new ReleaseFilter(statuses, author, units, Optional.of(reviewer));
  }
}
