package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.content.api.ReleaseDraft;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a client sends to create or revise a release. The version a change is made to travels in
 * {@code If-Match}, not here.
 */
public record ReleaseRequest(
    String type,
    String title,
    String lead,
    String body,
    String classification,
    String unit,
    String changeNote) {

  ReleaseDraft draft() {
    return new ReleaseDraft(
        named(ReleaseType.class, type, "type"),
        title,
        lead,
        body,
        named(Classification.class, classification, "classification"),
        Optional.ofNullable(unit).filter(u -> !u.isBlank()).map(UnitPath::of),
        changeNote);
  }

  static <E extends Enum<E>> E named(Class<E> kind, String value, String field) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(kind, value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field,
          field + " harus salah satu dari " + Arrays.toString(kind.getEnumConstants()) + ".");
    }
  }
}
