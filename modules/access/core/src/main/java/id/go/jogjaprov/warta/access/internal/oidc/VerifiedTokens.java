package id.go.jogjaprov.warta.access.internal.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Bearer tokens already verified on this node, until they expire. Verifying a token costs more than
 * most requests that carry it (Payara parses the key set and checks the RSA signature every time);
 * a token is immutable and signed, so having verified it once is enough until its expiry, which
 * stays the bound on how long a removed role or clearance keeps working. Forgotten all at once when
 * Keycloak's signing keys change (a withdrawn key must stop vouching for tokens at once). Keyed by
 * the token's SHA-256; bounded in size.
 */
@ApplicationScoped
class VerifiedTokens {

  static final int CAPACITY = 10_000;

  /** What the container learnt when the token was verified. */
  record Verified(Principal caller, Set<String> groups, Instant expires) {}

  private final int capacity;
  private final ConcurrentMap<String, Verified> verified = new ConcurrentHashMap<>();

  VerifiedTokens() {
    this(CAPACITY);
  }

  VerifiedTokens(int capacity) {
    this.capacity = capacity;
  }

  /** Forgets every verification: the keys that made them may no longer be trusted. */
  void forgetAll() {
    verified.clear();
  }

  Optional<Verified> find(String token, Instant now) {
    Verified known = verified.get(fingerprint(token));
    return known != null && known.expires().isAfter(now) ? Optional.of(known) : Optional.empty();
  }

  void remember(String token, Verified verification, Instant now) {
    if (!verification.expires().isAfter(now)) {
      return;
    }
    if (verified.size() >= capacity) {
      verified.values().removeIf(entry -> !entry.expires().isAfter(now));
      if (verified.size() >= capacity) {
        verified.clear();
      }
    }
    verified.put(fingerprint(token), verification);
  }

  private static String fingerprint(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
