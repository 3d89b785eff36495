package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which of the caller's visible releases to list. Filters narrow what the data layer already
 * allows; they never widen it. An empty set of statuses, types or levels means any.
 *
 * @param units releases owned by these units or units below them
 * @param ids only these releases (for another module's list of ids, e.g. the reviews awaiting
 *     someone's decision)
 * @param titleContains words the title contains, in any case
 * @param correcting only corrections (ralat) of this release
 */
public record ReleaseFilter(
    Set<ReleaseStatus> statuses,
    Optional<Username> author,
    Optional<Set<UnitPath>> units,
    Optional<Set<ReleaseId>> ids,
    Optional<String> titleContains,
    Set<ReleaseType> types,
    Set<Classification> levels,
    Optional<ReleaseId> correcting) {

  public ReleaseFilter {
    statuses = statuses.isEmpty() ? EnumSet.allOf(ReleaseStatus.class) : EnumSet.copyOf(statuses);
    units = units.map(Set::copyOf);
    ids = ids.map(Set::copyOf);
    titleContains = titleContains.map(String::strip).filter(t -> !t.isEmpty());
    types = types.isEmpty() ? EnumSet.allOf(ReleaseType.class) : EnumSet.copyOf(types);
    levels = levels.isEmpty() ? EnumSet.allOf(Classification.class) : EnumSet.copyOf(levels);
  }

  public static ReleaseFilter any() {
    return new ReleaseFilter(
        Set.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Set.of(),
        Set.of(),
        Optional.empty());
  }

  public static ReleaseFilter inStatus(ReleaseStatus first, ReleaseStatus... more) {
    return any().inStatuses(EnumSet.of(first, more));
  }

  public ReleaseFilter inStatuses(Set<ReleaseStatus> chosen) {
    return new ReleaseFilter(chosen, author, units, ids, titleContains, types, levels, correcting);
  }

  public ReleaseFilter by(Username username) {
    return new ReleaseFilter(
        statuses, Optional.of(username), units, ids, titleContains, types, levels, correcting);
  }

  public ReleaseFilter within(Set<UnitPath> unitLines) {
    return new ReleaseFilter(
        statuses, author, Optional.of(unitLines), ids, titleContains, types, levels, correcting);
  }

  public ReleaseFilter among(Set<ReleaseId> chosen) {
    return new ReleaseFilter(
        statuses, author, units, Optional.of(chosen), titleContains, types, levels, correcting);
  }

  /** Also: titles containing {@code words}, of these types, at these levels. */
  public ReleaseFilter matching(String words, Set<ReleaseType> ofTypes, Set<Classification> at) {
    return new ReleaseFilter(
        statuses, author, units, ids, Optional.ofNullable(words), ofTypes, at, correcting);
  }

  /** Only the corrections (ralat) of {@code corrected}. */
  public ReleaseFilter correcting(ReleaseId corrected) {
    return new ReleaseFilter(
        statuses, author, units, ids, titleContains, types, levels, Optional.of(corrected));
  }
}
