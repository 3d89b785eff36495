package id.go.jogjaprov.warta.access.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.BiConsumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The audit trail's chain: each entry is sealed with HMAC-SHA-256, under a key that lives outside
 * the database, over the previous entry's seal, its own position and every field of its record.
 * Changing, removing or reordering an entry breaks the chain there, and whoever can write to the
 * database but does not hold the key cannot reseal what they changed. (Records added through
 * Warta's own database role are sealed like Warta's: the chain guards what was written, the role's
 * privileges keep anyone from changing it.) Public so that a verifier outside the application
 * ({@code AuditVerify}) computes exactly the same.
 */
public final class AuditChain {

  /** The "previous seal" of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  /** Fewer bytes than this would make the key guessable. */
  public static final int MIN_KEY_LENGTH = 32;

  private final byte[] key;
  private final String keyId;

  private AuditChain(byte[] key) {
    this.key = key.clone();
    this.keyId = HexFormat.of().formatHex(sha256(key)).substring(0, 16);
  }

  /** The chain under a key given as text (configuration); refuses a short one. */
  public static AuditChain keyedWith(String key) {
    byte[] bytes = key == null ? new byte[0] : key.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < MIN_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "The audit key must have at least " + MIN_KEY_LENGTH + " bytes (warta.audit.key)");
    }
    return new AuditChain(bytes);
  }

  /** Names the key without revealing it: the start of its SHA-256. */
  public String keyId() {
    return keyId;
  }

  /** The seal of {@code record} at {@code position}, after an entry sealed {@code previousSeal}. */
  public String seal(String previousSeal, long position, AuditRecord record) {
    StringBuilder message = new StringBuilder();
    for (String field :
        new String[] {
          previousSeal,
          Long.toString(position),
          Long.toString(record.id()),
          Long.toString(record.at().getEpochSecond()),
          Integer.toString(record.at().getNano() / 1000),
          record.actor(),
          record.origin(),
          record.action(),
          record.itemKind(),
          record.itemId(),
          Integer.toString(record.level()),
          record.detail()
        }) {
      // Length-prefixed, so that no choice of field contents can shift text from one field to the
      // next.
      message.append(field.length()).append(':').append(field).append(';');
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal(message.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * Walks sealed entries in chain order and reports the first that does not hold: a gap in the
   * positions, a broken link, a seal made with another key, or a seal that does not match its
   * record. At the end, the chain must reach the anchored head and hold its seal there.
   */
  public Verifier verifier(Optional<AnchoredHead> anchor) {
    return new Verifier(anchor);
  }

  /** See {@link AuditChain#verifier}. */
  public final class Verifier implements BiConsumer<AuditSeal, AuditRecord> {
    private final Optional<AnchoredHead> anchor;
    private String previousSeal = GENESIS;
    private long expectedPosition = 1;
    private long checked;
    private ChainVerification broken;

    private Verifier(Optional<AnchoredHead> anchor) {
      this.anchor = anchor;
    }

    @Override
    public void accept(AuditSeal seal, AuditRecord record) {
      if (broken != null) {
        return;
      }
      checked++;
      String problem = problemWith(seal, record);
      if (problem != null) {
        broken =
            ChainVerification.brokenAt(
                checked, expectedPosition, problem + " (catatan " + record.id() + ")");
        return;
      }
      previousSeal = seal.seal();
      expectedPosition++;
    }

    private String problemWith(AuditSeal seal, AuditRecord record) {
      if (seal.position() != expectedPosition) {
        return "entri nomor urut " + expectedPosition + " hilang";
      }
      if (!seal.previousSeal().equals(previousSeal)) {
        return "tautan ke entri sebelumnya putus";
      }
      if (!seal.keyId().equals(keyId)) {
        return "disegel dengan kunci lain (" + seal.keyId() + ")";
      }
      if (!seal.seal().equals(seal(previousSeal, seal.position(), record))) {
        return "isi catatan tidak cocok dengan segelnya";
      }
      if (anchor
          .filter(head -> head.position() == seal.position() && !head.seal().equals(seal.seal()))
          .isPresent()) {
        return "segel berbeda dengan yang tertambat di luar basis data";
      }
      return null;
    }

    public ChainVerification result() {
      if (broken != null) {
        return broken;
      }
      long last = expectedPosition - 1;
      if (anchor.filter(head -> head.position() > last).isPresent()) {
        return ChainVerification.brokenAt(
            checked,
            last + 1,
            "ujung rantai terpotong: berakhir pada nomor urut "
                + last
                + ", padahal nomor urut "
                + anchor.get().position()
                + " telah tertambat pada "
                + anchor.get().at());
      }
      return ChainVerification.holds(checked);
    }
  }
}
