package id.go.jogjaprov.warta.access.internal.persistence;

import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.ReadScope;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * The one place where the read rule's parameters are bound: every module's persistence unit
 * registers this listener ({@code eclipselink.session-event-listener}), and EclipseLink calls it
 * for every client session it opens, which every query, count and {@code find} of a transaction (or
 * of a read outside one) runs through. No repository binds anything itself, so none can forget.
 *
 * <p>Default deny: the parameters are first removed, then bound only when an official is known.
 * Without one (no request, e.g. a timer) they stay unbound and EclipseLink refuses every query of
 * protected material (error 6174) instead of reading with a default. EclipseLink creates one
 * instance by reflection and shares it, so it holds no state.
 */
public final class ReadScopeBinding extends SessionEventAdapter {

  /** A persistence-unit property of the same name would be everyone's default: refuse to start. */
  @Override
  public void postLogin(SessionEvent event) {
    for (String parameter : ReadScope.PARAMETERS) {
      if (event.getSession().getProperty(parameter) != null) {
        throw new IllegalStateException(
            "The read rule's parameter "
                + parameter
                + " must never be set as a persistence-unit property");
      }
    }
  }

  @Override
  public void postAcquireClientSession(SessionEvent event) {
    Session session = event.getSession();
    ReadScope.PARAMETERS.forEach(session::removeProperty);
    currentScope().ifPresent(scope -> scope.applyTo(session::setProperty));
  }

  private static Optional<ReadScope> currentScope() {
    try {
      return Optional.of(CDI.current().select(CurrentOfficial.class).get().get().readScope());
    } catch (ContextNotActiveException | IllegalStateException noRequest) {
      return Optional.empty();
    }
  }
}
