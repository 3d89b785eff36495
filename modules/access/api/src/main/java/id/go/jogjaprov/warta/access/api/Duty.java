package id.go.jogjaprov.warta.access.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.Username;
import java.util.Set;

/**
 * Work Warta does by itself, when nobody is signed in: publishing a release when its embargo lifts,
 * for instance. A duty acts under a name no Keycloak account can have (parentheses are refused
 * there), reads nothing by unit or office, and sees only the items an official entrusted to it
 * ({@link Duties#entrust}), within any clearance, since the entrusting official was cleared.
 *
 * @param name how the duty appears in timelines and the audit trail, e.g. {@code warta (terbit
 *     terjadwal)}
 * @param key a short stable key, the duty's account
 * @param purpose why items are entrusted to it, recorded with each grant
 */
public record Duty(Username name, String key, String purpose) {

  public Duty {
    if (!name.value().contains("(")) {
      throw new IllegalArgumentException("A duty's name must be one no Keycloak account can have");
    }
  }

  /** The official the duty acts as: every clearance, no unit, no role. */
  public Official official() {
    return new Official(
        true,
        name,
        new AccountId("duty:" + key),
        Set.of(),
        Clearance.upTo(Classification.SANGAT_RAHASIA),
        Set.of());
  }
}
