package id.go.jogjaprov.warta.workflow.internal.domain;

/** Warta's key for approval seals: signs statements and checks signatures. */
public interface SealKey {

  /** A short name of the key, so that a seal says which key signed it. */
  String id();

  /** The signature of {@code statement}, in base64. */
  String sign(byte[] statement);

  /** Whether {@code signature} (base64) is this key's over {@code statement}. */
  boolean verifies(byte[] statement, String signature);

  /** The public half, as PEM. */
  String publicKeyPem();
}
