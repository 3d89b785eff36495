package id.go.jogjaprov.warta.app.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock every module injects: the system's, in UTC. Rules about time (grant periods,
 * embargoes, retention, due dates) take a {@code Clock}, so that unit tests give them a fixed one
 * instead of waiting.
 */
@ApplicationScoped
class SystemClock {

  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
