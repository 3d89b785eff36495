package id.go.jogjaprov.warta.workflow.internal.domain;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * What a seal signs, one line each, in a form that never changes: a new form gets a new first line.
 * Anyone with the public key can rebuild it from the verification page and check it.
 */
public record SealStatement(
    String seal,
    ReleaseId releaseId,
    int revision,
    String textSha256,
    List<String> approvedBy,
    Instant approvedAt) {

  static final String FORM = "warta-seal-v1";

  public SealStatement {
    approvedBy = List.copyOf(approvedBy);
  }

  public byte[] bytes() {
    return String.join(
            "\n",
            FORM,
            seal,
            releaseId.toString(),
            Integer.toString(revision),
            textSha256,
            String.join(",", approvedBy),
            approvedAt.toString())
        .getBytes(StandardCharsets.UTF_8);
  }
}
