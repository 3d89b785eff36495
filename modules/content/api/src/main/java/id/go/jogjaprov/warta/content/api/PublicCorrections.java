package id.go.jogjaprov.warta.content.api;

import java.util.List;
import java.util.Optional;

/**
 * What the portal shows of a release's corrections (ralat): the public release it corrects, and the
 * public releases correcting it, the oldest first.
 */
public record PublicCorrections(
    Optional<ReleaseDetails> corrects, List<ReleaseDetails> correctedBy) {

  public PublicCorrections {
    correctedBy = List.copyOf(correctedBy);
  }
}
