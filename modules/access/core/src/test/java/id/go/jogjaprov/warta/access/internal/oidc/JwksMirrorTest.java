package id.go.jogjaprov.warta.access.internal.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JwksMirrorTest {

  private static final String KEYCLOAK =
      "{\"keys\":[{\"kid\":\"sig1\",\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\"abc\",\"e\":\"AQAB\","
          + "\"x5c\":[\"MIIC…\"],\"x5t\":\"t\",\"x5t#S256\":\"s\"},"
          + "{\"kid\":\"enc1\",\"kty\":\"RSA\",\"alg\":\"RSA-OAEP\",\"use\":\"enc\",\"n\":\"def\",\"e\":\"AQAB\"}]}";

  @Test
  void onlySigningKeysAreKeptWithWhatVerifyingNeeds() {
    String kept = JwksMirror.signingKeys(KEYCLOAK).orElseThrow();
    assertEquals(
        "{\"keys\":[{\"kid\":\"sig1\",\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\"abc\",\"e\":\"AQAB\"}]}",
        kept);
    assertFalse(kept.contains("x5c"));
  }

  @Test
  void anAnswerWithoutSigningKeysReplacesNothing() {
    assertEquals(Optional.empty(), JwksMirror.signingKeys("{\"keys\":[]}"));
    assertEquals(Optional.empty(), JwksMirror.signingKeys("<html>proxy error</html>"));
    assertTrue(JwksMirror.signingKeys(KEYCLOAK).isPresent());
  }
}
