package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.content.api.ConsequenceTest;
import id.go.jogjaprov.warta.content.api.ContactPerson;
import id.go.jogjaprov.warta.content.api.InformationCategory;
import id.go.jogjaprov.warta.content.api.Language;
import id.go.jogjaprov.warta.content.api.ReleaseDraft;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseMetadata;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
    String changeNote,
    String informationCategory,
    ConsequenceTestJson consequenceTest,
    String subjectCode,
    String retentionCode,
    MetadataJson metadata) {

  /**
   * Tags, language, the original translated ({@code translationOf}, a release id), the published
   * release corrected ({@code corrects}, a release id) and the contact person; sent whole or not at
   * all.
   */
  public record MetadataJson(
      List<String> tags,
      String language,
      String translationOf,
      String corrects,
      ContactPerson contact) {

    static MetadataJson of(ReleaseMetadata metadata) {
      return new MetadataJson(
          metadata.tags(),
          metadata.language().name(),
          metadata.translationOf().map(ReleaseId::toString).orElse(null),
          metadata.corrects().map(ReleaseId::toString).orElse(null),
          metadata.contact().orElse(null));
    }

    ReleaseMetadata metadata() {
      return new ReleaseMetadata(
          tags == null ? List.of() : tags,
          named(Language.class, language, "metadata.language"),
          releaseId(translationOf, "metadata.translationOf"),
          releaseId(corrects, "metadata.corrects"),
          Optional.ofNullable(contact));
    }

    private static Optional<ReleaseId> releaseId(String given, String field) {
      return Optional.ofNullable(given)
          .filter(id -> !id.isBlank())
          .map(id -> ReleaseId.typed(id, field));
    }
  }

  /** A consequence test on the wire; {@code reviewOn} is a date, e.g. 2027-06-30. */
  public record ConsequenceTestJson(
      String legalGround, String harm, String publicInterest, String officer, String reviewOn) {

    static ConsequenceTestJson of(ConsequenceTest test) {
      return new ConsequenceTestJson(
          test.legalGround(),
          test.harm(),
          test.publicInterest(),
          test.officer().value(),
          test.reviewOn().toString());
    }

    ConsequenceTest test() {
      LocalDate review =
          Days.optional(reviewOn, "consequenceTest.reviewOn", "reviewOn").orElse(null);
      return new ConsequenceTest(legalGround, harm, publicInterest, officerName(), review);
    }

    private Username officerName() {
      if (officer == null || officer.isBlank()) {
        return null;
      }
      try {
        return new Username(officer);
      } catch (InvalidInputException e) {
        throw e.about("consequenceTest.officer");
      }
    }
  }

  ReleaseDraft draft() {
    return new ReleaseDraft(
        named(ReleaseType.class, type, "type"),
        title,
        lead,
        body,
        named(Classification.class, classification, "classification"),
        Optional.ofNullable(unit).filter(u -> !u.isBlank()).map(UnitPath::of),
        changeNote,
        named(InformationCategory.class, informationCategory, "informationCategory"),
        consequenceTest == null ? null : consequenceTest.test(),
        subjectCode,
        retentionCode,
        metadata == null ? null : metadata.metadata());
  }

  static <E extends Enum<E>> E named(Class<E> kind, String value, String field) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(kind, value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field, AppMessages.ONE_OF, field, Arrays.toString(kind.getEnumConstants()));
    }
  }
}
