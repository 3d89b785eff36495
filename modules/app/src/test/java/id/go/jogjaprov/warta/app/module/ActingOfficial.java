package id.go.jogjaprov.warta.app.module;

import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Duty;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.internal.duty.ActingDuty;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

/**
 * The caller, set by a module test in the container rather than read from a token: deployed only
 * with that test, never in the WAR. Duties act as themselves, as in production.
 */
@Alternative
@Priority(1)
@RequestScoped
public class ActingOfficial implements CurrentOfficial {

  @Inject ActingDuty duty;

  private Official official = Official.ANONYMOUS;

  public void actAs(Official official) {
    this.official = official;
  }

  @Override
  public Official get() {
    return duty.get().map(Duty::official).orElse(official);
  }
}
