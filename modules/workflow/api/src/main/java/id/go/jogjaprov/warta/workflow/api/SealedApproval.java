package id.go.jogjaprov.warta.workflow.api;

/**
 * An approval seal whole: the statement Warta signed, the key it signed with and the signature
 * (Base64), so that a copy can be checked with Warta's public key long after, without Warta.
 */
public record SealedApproval(SealStatement statement, String keyId, String signature) {}
