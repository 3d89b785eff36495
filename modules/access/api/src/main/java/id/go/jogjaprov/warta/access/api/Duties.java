package id.go.jogjaprov.warta.access.api;

import id.go.jogjaprov.warta.kernel.Classification;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * How work that no request asked for reaches protected material: the official who hands an item
 * over entrusts it to a {@link Duty} (an explicit grant, audited like any other), and the duty
 * later performs its work in a request of its own, reading through the same read rule as everyone,
 * so it sees exactly what it was entrusted and what is public.
 */
public interface Duties {

  /**
   * The current official entrusts one item to {@code duty} until {@code until}; refused above the
   * official's own clearance. Recorded in the audit trail as a grant.
   */
  void entrust(Duty duty, String itemKind, UUID itemId, Classification level, Instant until);

  /**
   * Runs {@code work} as {@code duty}: every query, event and audit record in it belongs to the
   * duty. Off a request (a timer), in a request context of its own; within an official's request,
   * the official is the caller again when the work ends, and the work must open a transaction of
   * its own, since the official's already reads with the official's scope.
   */
  <T> T perform(Duty duty, Supplier<T> work);
}
