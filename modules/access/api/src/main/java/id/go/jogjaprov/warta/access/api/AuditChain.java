package id.go.jogjaprov.warta.access.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * The audit trail's hash chain: each entry is sealed with SHA-256 over the previous entry's hash
 * and its own fields ({@link SealedAuditEntry#expectedSeal}), so that changing, removing or
 * inserting any entry breaks every link after it. Public so that a verifier outside the
 * application computes exactly the same.
 */
public final class AuditChain {

  /** The "previous hash" of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** SHA-256 of the text, in hex. */
  static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * Walks entries in sequence order, recomputing each seal; the first mismatch or gap is where the
   * chain breaks.
   */
  public static final class Verifier implements Consumer<SealedAuditEntry> {
    private String previousHash = GENESIS;
    private long expectedSequence = 1;
    private long checked;
    private OptionalLong broken = OptionalLong.empty();

    @Override
    public void accept(SealedAuditEntry entry) {
      if (broken.isPresent()) {
        return;
      }
      checked++;
      boolean linked = entry.sequence() == expectedSequence && entry.previousHash().equals(previousHash);
      if (!linked || !entry.entryHash().equals(entry.expectedSeal(previousHash))) {
        broken = OptionalLong.of(entry.sequence());
        return;
      }
      previousHash = entry.entryHash();
      expectedSequence++;
    }

    public ChainVerification result() {
      return new ChainVerification(broken.isEmpty(), checked, broken);
    }
  }
}
