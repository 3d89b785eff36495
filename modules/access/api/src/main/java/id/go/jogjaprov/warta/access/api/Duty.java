package id.go.jogjaprov.warta.access.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.util.Set;

/**
 * Work Warta does by itself, when nobody is signed in: publishing a release when its embargo lifts,
 * for instance. A duty acts under a name no Keycloak account can have (parentheses are refused
 * there) and, within any clearance, reads the items an official entrusted to it ({@link
 * Duties#entrust}) and, where its work is to compare with material nobody showed it (the leak
 * check), the units it is given for that one piece of work ({@link #within}); nothing else.
 *
 * @param name how the duty appears in timelines and the audit trail, e.g. {@code warta (terbit
 *     terjadwal)}
 * @param key a short stable key, the duty's account
 * @param purpose why items are entrusted to it, recorded with each grant
 * @param units the units it reads by position, usually none
 */
public record Duty(Username name, String key, String purpose, Set<UnitPath> units) {

  public Duty {
    if (!name.value().contains("(")) {
      throw new IllegalArgumentException("A duty's name must be one no Keycloak account can have");
    }
    units = Set.copyOf(units);
  }

  /** A duty that reads only what it is entrusted. */
  public Duty(Username name, String key, String purpose) {
    this(name, key, purpose, Set.of());
  }

  /** The same duty reading these units' material too, for one piece of work. */
  public Duty within(java.util.Collection<UnitPath> units) {
    return new Duty(name, key, purpose, Set.copyOf(units));
  }

  /** The official the duty acts as: every clearance, its units if any, no role. */
  public Official official() {
    return new Official(
        true,
        name,
        new AccountId("duty:" + key),
        Set.of(),
        Clearance.upTo(Classification.SANGAT_RAHASIA),
        units);
  }
}
