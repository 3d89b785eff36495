package id.go.jogjaprov.warta.content.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a release says about itself besides its text: tags, its language, the original it
 * translates, the published release it corrects (a *ralat*: the record of the one corrected stays
 * as it was, the correction is a record of its own linked to it) and its contact person. Given as a
 * whole: a change replaces all of it.
 */
public record ReleaseMetadata(
    List<String> tags,
    Language language,
    Optional<ReleaseId> translationOf,
    Optional<ReleaseId> corrects,
    Optional<ContactPerson> contact) {

  public static ReleaseMetadata none() {
    return new ReleaseMetadata(
        List.of(), Language.ID, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A tag in the one spelling releases keep it in: lower case, single spaces. */
  public static String tagSpelling(String tag) {
    return tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
