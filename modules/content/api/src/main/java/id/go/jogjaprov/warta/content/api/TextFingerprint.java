package id.go.jogjaprov.warta.content.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a release's words (title, lead and body exactly as stored), in hex: what an
 * approval seal signs, and what the verification page compares with the text shown now.
 */
public record TextFingerprint(String sha256) {

  public TextFingerprint {
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("Not a SHA-256 in hex: " + sha256);
    }
  }

  public static TextFingerprint of(String title, String lead, String body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      // Each part ends in a NUL, which no stored text holds: parts cannot trade words unnoticed.
      for (String part : new String[] {title, lead, body}) {
        digest.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return new TextFingerprint(HexFormat.of().formatHex(digest.digest()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }

  public static TextFingerprint of(RevisionDetails revision) {
    return of(revision.title(), revision.lead(), revision.body());
  }

  public static TextFingerprint of(ReleaseDetails release) {
    return of(release.title(), release.lead(), release.body());
  }
}
