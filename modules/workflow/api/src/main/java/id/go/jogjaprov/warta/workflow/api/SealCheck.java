package id.go.jogjaprov.warta.workflow.api;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import java.time.Instant;
import java.util.List;

/**
 * What verifying an approval seal found: who approved which text when, whether the signature is
 * Warta's, and whether the text shown now is still the text approved.
 *
 * @param title the release's title as shown now
 * @param approvedBy the approvers, the first approval first
 * @param signatureValid the seal was signed with Warta's key and not altered since
 * @param textMatches the release's text now is, byte for byte, the approved text
 */
public record SealCheck(
    String seal,
    ReleaseId releaseId,
    String title,
    int revision,
    List<String> approvedBy,
    Instant approvedAt,
    String textSha256,
    String keyId,
    boolean signatureValid,
    boolean textMatches) {

  public SealCheck {
    approvedBy = List.copyOf(approvedBy);
  }

  /** The seal holds: Warta signed it, and the text is the one approved. */
  public boolean valid() {
    return signatureValid && textMatches;
  }
}
