package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.util.Optional;

/**
 * What an author writes: the text and its labels, and a note on what this save changed. The unit
 * defaults to the author's own; labels left {@code null} keep their value (or their default, for a
 * new release; {@code metadata} is given whole or not at all).
 */
public record ReleaseDraft(
    ReleaseType type,
    String title,
    String lead,
    String body,
    Classification classification,
    Optional<UnitPath> unit,
    String changeNote,
    InformationCategory informationCategory,
    ConsequenceTest consequenceTest,
    String subjectCode,
    String retentionCode,
    ReleaseMetadata metadata) {

  /** The same text with these subject and retention codes. */
  public ReleaseDraft withCodes(String subjectCode, String retentionCode) {
    return new ReleaseDraft(
        type,
        title,
        lead,
        body,
        classification,
        unit,
        changeNote,
        informationCategory,
        consequenceTest,
        subjectCode,
        retentionCode,
        metadata);
  }
}
