package id.go.jogjaprov.warta.access.internal.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
  private static final Principal KABID = () -> "kabid.humas";

  @Test
  void aVerifiedTokenIsKnownUntilItExpiresAndNotAMomentLonger() {
    VerifiedTokens tokens = new VerifiedTokens(10);
    tokens.remember(
        "token-a",
        new VerifiedTokens.Verified(KABID, Set.of("department-head"), NOW.plusSeconds(300)),
        NOW);
    assertEquals(
        "kabid.humas",
        tokens.find("token-a", NOW.plusSeconds(299)).orElseThrow().caller().getName());
    assertEquals(
        Optional.empty(),
        tokens.find("token-a", NOW.plusSeconds(300)),
        "expired tokens are verified again, and refused");
    assertEquals(
        Optional.empty(), tokens.find("token-b", NOW), "another token is another verification");
  }

  @Test
  void anExpiredTokenIsNeverRemembered() {
    VerifiedTokens tokens = new VerifiedTokens(10);
    tokens.remember(
        "token-a", new VerifiedTokens.Verified(KABID, Set.of(), NOW.minusSeconds(1)), NOW);
    assertEquals(Optional.empty(), tokens.find("token-a", NOW.minusSeconds(5)));
  }

  @Test
  void theMemoryStaysBounded() {
    VerifiedTokens tokens = new VerifiedTokens(3);
    for (int i = 0; i < 10; i++) {
      tokens.remember(
          "token-" + i, new VerifiedTokens.Verified(KABID, Set.of(), NOW.plusSeconds(60)), NOW);
    }
    assertTrue(tokens.find("token-9", NOW).isPresent(), "the newest is kept");
    long kept =
        java.util.stream.IntStream.range(0, 10)
            .filter(i -> tokens.find("token-" + i, NOW).isPresent())
            .count();
    assertTrue(kept <= 3, kept + " tokens kept");
  }
}
