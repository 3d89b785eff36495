package id.go.jogjaprov.warta.workflow.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.TextFingerprint;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.workflow.api.SealStatement;
import id.go.jogjaprov.warta.workflow.api.SealedApproval;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalSealTest {

  /** A real Ed25519 pair made for the test. */
  private static final class TestKey implements SealKey {
    private final KeyPair pair;
    private final String id;

    TestKey(String id) throws GeneralSecurityException {
      this.pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String sign(byte[] statement) {
      try {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(statement);
        return Base64.getEncoder().encodeToString(signer.sign());
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public boolean verifies(byte[] statement, String signature) {
      try {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(pair.getPublic());
        verifier.update(statement);
        return verifier.verify(Base64.getDecoder().decode(signature));
      } catch (GeneralSecurityException e) {
        return false;
      }
    }

    @Override
    public String publicKeyPem() {
      return "";
    }
  }

  private static final TextFingerprint TEXT =
      TextFingerprint.of("Jembatan baru", "Teras", "<p>Gubernur meresmikan jembatan.</p>");

  private static ApprovalSeal sealed(SealKey key) {
    return ApprovalSeal.sign(
        ReleaseId.random(),
        3,
        TEXT,
        List.of(new Username("kabid.humas"), new Username("kadis.kominfo")),
        Instant.parse("2026-11-30T02:15:30.123456789Z"),
        Classification.BIASA,
        UnitPath.of("/Pemda DIY/Diskominfo DIY/Bidang Humas"),
        key);
  }

  @Test
  void aSealHoldsForItsKeyAndTextAndForNoOther() throws GeneralSecurityException {
    TestKey key = new TestKey("k1");
    ApprovalSeal seal = sealed(key);
    assertTrue(seal.signatureHolds(key));
    assertTrue(seal.matches(TEXT));
    assertFalse(
        seal.matches(
            TextFingerprint.of("Jembatan baru", "Teras", "<p>Gubernur meresmikan jembatan!</p>")),
        "one character changed is another text");
    assertFalse(seal.signatureHolds(new TestKey("k1")), "another key with the same name");
    assertFalse(seal.signatureHolds(new TestKey("k2")));
    assertEquals(List.of("kabid.humas", "kadis.kominfo"), seal.approvers());
    assertEquals(Instant.parse("2026-11-30T02:15:30.123Z"), seal.approvedAt(), "as stored");
  }

  @Test
  void aSealKeptWholeElsewhereStillHoldsAndReadsBack() throws GeneralSecurityException {
    TestKey key = new TestKey("k1");
    ApprovalSeal seal = sealed(key);
    SealedApproval whole = seal.sealed();

    SealStatement readBack = SealStatement.parse(whole.statement().text());
    assertEquals(seal.statement(), readBack);
    assertTrue(key.verifies(readBack.bytes(), whole.signature()), "checked from the copy alone");
    assertEquals("k1", whole.keyId());
    assertThrows(
        IllegalArgumentException.class,
        () -> SealStatement.parse(whole.statement().text().replace("warta-seal-v1", "v0")));
    assertThrows(
        IllegalArgumentException.class,
        () -> SealStatement.parse(whole.statement().text() + "\nkabid.pariwisata"));
  }

  @Test
  void wordsCannotMoveBetweenTitleLeadAndBodyUnnoticed() {
    assertNotEquals(TextFingerprint.of("ab", "", "c"), TextFingerprint.of("a", "b", "c"));
  }

  @Test
  void sealsAreUnguessableAndDistinct() throws GeneralSecurityException {
    TestKey key = new TestKey("k1");
    String one = sealed(key).id();
    assertEquals(22, one.length());
    assertNotEquals(one, sealed(key).id());
  }
}
