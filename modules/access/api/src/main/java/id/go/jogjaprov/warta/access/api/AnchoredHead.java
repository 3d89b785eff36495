package id.go.jogjaprov.warta.access.api;

import java.time.Instant;
import java.util.Optional;

/**
 * The head of the chain as last written outside the database (a file on the application server, and
 * the log): a chain that ends before it, or holds another seal at its position, lost its tail.
 */
public record AnchoredHead(long position, String seal, Instant at) {

  /** The one-line form kept in the anchor file: {@code position seal instant}. */
  public String line() {
    return position + " " + seal + " " + at;
  }

  public static Optional<AnchoredHead> parse(String line) {
    String[] parts = line == null ? new String[0] : line.strip().split(" ");
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new AnchoredHead(Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2])));
    } catch (RuntimeException malformed) {
      return Optional.empty();
    }
  }
}
