package id.go.jogjaprov.warta.workflow.api;

import id.go.jogjaprov.warta.content.api.Overlap;
import id.go.jogjaprov.warta.kernel.MessageKey;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import java.util.List;

/**
 * Publication stopped by the leak check: passages of the release resemble classified material of
 * its unit line. The overlaps name the classified side only where the official may read it; an
 * official who may read every one of them can let the release go with a reason.
 */
public class LeakSuspectedException extends RuleViolationException {

  /** Not serialised with the exception: it may name classified releases. */
  private final transient List<Overlap> overlaps;

  public LeakSuspectedException(MessageKey message, List<Overlap> overlaps) {
    super(message, overlaps.size());
    this.overlaps = List.copyOf(overlaps);
  }

  public List<Overlap> overlaps() {
    return overlaps;
  }

  /** Whether the official may override: they can read every classified side. */
  public boolean overridable() {
    return overlaps.stream().allMatch(Overlap::disclosed);
  }
}
