package id.go.jogjaprov.warta.workflow.internal.infrastructure;

import id.go.jogjaprov.warta.workflow.internal.domain.SealKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Ed25519 key pair in {@code warta.seal.private-key} (PKCS #8) and {@code
 * warta.seal.public-key} (X.509), both base64: {@code openssl genpkey -algorithm ed25519}. Checked
 * at start-up: a pair that does not belong together stops Warta rather than sealing unverifiably.
 */
@ApplicationScoped
class ConfiguredSealKey implements SealKey {

  private static final String ALGORITHM = "Ed25519";

  @Inject
  @ConfigProperty(name = "warta.seal.private-key")
  String privateKeyBase64;

  @Inject
  @ConfigProperty(name = "warta.seal.public-key")
  String publicKeyBase64;

  private PrivateKey privateKey;
  private PublicKey publicKey;
  private String id;

  @PostConstruct
  void load() {
    try {
      KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
      privateKey =
          keys.generatePrivate(
              new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKeyBase64.strip())));
      byte[] publicBytes = Base64.getDecoder().decode(publicKeyBase64.strip());
      publicKey = keys.generatePublic(new X509EncodedKeySpec(publicBytes));
      id =
          HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(publicBytes))
              .substring(0, 16);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "warta.seal.private-key and warta.seal.public-key must be an Ed25519 pair in base64", e);
    }
    byte[] probe = "warta-seal-probe".getBytes(StandardCharsets.UTF_8);
    if (!verifies(probe, sign(probe))) {
      throw new IllegalStateException(
          "warta.seal.public-key is not the public half of warta.seal.private-key");
    }
  }

  /** Loads the pair at start-up, so that a wrong one stops the deployment. */
  void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    id();
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String sign(byte[] statement) {
    try {
      Signature signer = Signature.getInstance(ALGORITHM);
      signer.initSign(privateKey);
      signer.update(statement);
      return Base64.getEncoder().encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Sealing failed", e);
    }
  }

  @Override
  public boolean verifies(byte[] statement, String signature) {
    try {
      Signature verifier = Signature.getInstance(ALGORITHM);
      verifier.initVerify(publicKey);
      verifier.update(statement);
      return verifier.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public String publicKeyPem() {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(publicKey.getEncoded());
    return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
  }
}
