package id.go.jogjaprov.warta.content.api;

import java.util.Optional;

/**
 * What a reclassification did: raising applies at once; lowering waits for a second official's
 * approval and answers the pending request.
 */
public record ReclassificationOutcome(
    ReleaseDetails release, Optional<ReclassificationRequest> pending) {

  public boolean applied() {
    return pending.isEmpty();
  }
}
