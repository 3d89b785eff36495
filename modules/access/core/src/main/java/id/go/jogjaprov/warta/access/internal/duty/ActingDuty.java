package id.go.jogjaprov.warta.access.internal.duty;

import id.go.jogjaprov.warta.access.api.Duty;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The duty a request was opened for, if it was (the request then has no caller of its own). */
@RequestScoped
public class ActingDuty {

  private Duty duty;

  public Optional<Duty> get() {
    return Optional.ofNullable(duty);
  }

  void actAs(Duty duty) {
    this.duty = duty;
  }
}
