package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import java.util.UUID;

/** The identity of a file attached to a release. */
public record AttachmentId(UUID value) {

  public static AttachmentId random() {
    return new AttachmentId(UUID.randomUUID());
  }

  /** Parses an id from a URL; anything malformed is simply not found. */
  public static AttachmentId parse(String text) {
    try {
      return new AttachmentId(UUID.fromString(text));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ItemNotFoundException(ContentApiMessages.ATTACHMENT_NOT_FOUND);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
