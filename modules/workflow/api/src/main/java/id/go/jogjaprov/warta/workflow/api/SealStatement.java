package id.go.jogjaprov.warta.workflow.api;

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

  /** Exactly what is signed, as text. */
  public String text() {
    return String.join(
        "\n",
        FORM,
        seal,
        releaseId.toString(),
        Integer.toString(revision),
        textSha256,
        String.join(",", approvedBy),
        approvedAt.toString());
  }

  public byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  /** Reads a statement back from its {@link #text()}; any other form is refused. */
  public static SealStatement parse(String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length != 7 || !lines[0].equals(FORM)) {
      throw new IllegalArgumentException("Not a " + FORM + " seal statement");
    }
    return new SealStatement(
        lines[1],
        new ReleaseId(java.util.UUID.fromString(lines[2])),
        Integer.parseInt(lines[3]),
        lines[4],
        List.of(lines[5].split(",")),
        Instant.parse(lines[6]));
  }
}
