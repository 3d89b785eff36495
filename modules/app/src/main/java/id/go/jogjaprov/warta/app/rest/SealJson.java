package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.workflow.api.SealCheck;
import java.time.Instant;
import java.util.List;

/** An approval seal checked: who approved which text when, and whether it still holds. */
public record SealJson(
    String seal,
    String releaseId,
    String title,
    int revision,
    List<String> approvedBy,
    Instant approvedAt,
    String textSha256,
    String keyId,
    boolean signatureValid,
    boolean textMatches,
    boolean valid) {

  static SealJson of(SealCheck check) {
    return new SealJson(
        check.seal(),
        check.releaseId().toString(),
        check.title(),
        check.revision(),
        check.approvedBy(),
        check.approvedAt(),
        check.textSha256(),
        check.keyId(),
        check.signatureValid(),
        check.textMatches(),
        check.valid());
  }
}
