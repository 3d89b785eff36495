package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.PreconditionRequiredException;
import jakarta.ws.rs.core.EntityTag;

/**
 * A release's version on the wire, as an entity tag: reads answer {@code ETag: "7"}, and a change
 * must name the version it was made to in {@code If-Match} (RFC 9110), so that nobody overwrites
 * what someone else saved meanwhile.
 */
final class Versions {

  private Versions() {}

  static EntityTag tag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version {@code If-Match} names; 428 without one, 400 for anything but one strong tag. */
  static long required(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequiredException(AppMessages.IF_MATCH_REQUIRED);
    }
    String tag = ifMatch.strip();
    if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
      throw new InvalidInputException("If-Match", AppMessages.IF_MATCH_MALFORMED);
    }
    try {
      return Long.parseLong(tag.substring(1, tag.length() - 1));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("If-Match", AppMessages.IF_MATCH_MALFORMED);
    }
  }
}
