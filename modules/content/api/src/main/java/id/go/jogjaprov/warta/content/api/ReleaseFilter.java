package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.Username;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which of the caller's visible releases to list. Filters narrow what the data layer already
 * allows; they never widen it.
 */
public record ReleaseFilter(Set<ReleaseStatus> statuses, Optional<Username> author, Optional<Username> notAuthor) {

  public ReleaseFilter {
    statuses = statuses.isEmpty() ? EnumSet.allOf(ReleaseStatus.class) : EnumSet.copyOf(statuses);
  }

  public static ReleaseFilter any() {
    return new ReleaseFilter(Set.of(), Optional.empty(), Optional.empty());
  }

  public static ReleaseFilter inStatus(ReleaseStatus first, ReleaseStatus... more) {
    return new ReleaseFilter(EnumSet.of(first, more), Optional.empty(), Optional.empty());
  }

  public ReleaseFilter by(Username username) {
    return new ReleaseFilter(statuses, Optional.of(username), notAuthor);
  }

  public ReleaseFilter notBy(Username username) {
    return new ReleaseFilter(statuses, author, Optional.of(username));
  }
}
