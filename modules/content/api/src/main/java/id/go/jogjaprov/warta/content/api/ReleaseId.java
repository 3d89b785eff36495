package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import java.util.UUID;

/** Identifies a release across modules. */
public record ReleaseId(UUID value) {

  public ReleaseId {
    java.util.Objects.requireNonNull(value, "value");
  }

  public static ReleaseId random() {
    return new ReleaseId(UUID.randomUUID());
  }

  /** Parses an id from a URL; a malformed one is simply not found. */
  public static ReleaseId parse(String text) {
    try {
      return new ReleaseId(UUID.fromString(text));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ItemNotFoundException(ContentApiMessages.RELEASE_NOT_FOUND);
    }
  }

  /** Parses an id someone typed into {@code field}; a malformed one is bad input. */
  public static ReleaseId typed(String text, String field) {
    try {
      return new ReleaseId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInputException(field, ContentApiMessages.RELEASE_ID_REQUIRED, field);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
