package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.MessageKey;
import java.util.UUID;

/** Ids in paths: one that is no UUID names nothing, and answers exactly as a missing item. */
final class Ids {

  private Ids() {}

  static UUID parse(String id, MessageKey notFound) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ItemNotFoundException(notFound);
    }
  }
}
