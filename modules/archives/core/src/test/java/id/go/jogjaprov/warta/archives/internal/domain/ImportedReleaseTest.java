package id.go.jogjaprov.warta.archives.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.archives.api.ImportProblem;
import id.go.jogjaprov.warta.content.api.Disposition;
import id.go.jogjaprov.warta.content.api.LabelSchemes;
import id.go.jogjaprov.warta.content.api.Language;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.content.api.RetentionRule;
import id.go.jogjaprov.warta.content.api.SubjectCode;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportedReleaseTest {

  private static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");
  private static final UnitPath HUMAS = UnitPath.of("/Pemda DIY/Diskominfo DIY/Bidang Humas");

  private static final LabelSchemes SCHEMES =
      new LabelSchemes() {
        @Override
        public List<SubjectCode> subjectCodes() {
          return List.of(
              new SubjectCode("487.1", "Siaran pers"), new SubjectCode("487.2", "Berita"));
        }

        @Override
        public List<RetentionRule> retentionRules() {
          return List.of(
              new RetentionRule("HUM-01", "Siaran pers", 2, 3, Disposition.PERMANEN),
              new RetentionRule("HUM-02", "Berita", 1, 2, Disposition.MUSNAH));
        }

        @Override
        public String defaultSubjectCode(ReleaseType type) {
          return type == ReleaseType.PRESS_RELEASE ? "487.1" : "487.2";
        }

        @Override
        public String defaultRetentionCode(ReleaseType type) {
          return type == ReleaseType.PRESS_RELEASE ? "HUM-01" : "HUM-02";
        }
      };

  /** HTML read as the content module reads it is not under test here: tags dropped, blocks kept. */
  private static String words(String html) {
    return html.replaceAll("</(p|li|h2)>", "\n\n").replaceAll("<[^>]+>", "").strip();
  }

  private static ImportedRelease imported(Map<String, String> cells, int ceiling)
      throws RowRejected {
    Map<String, String> values = new HashMap<>();
    values.put(ImportRow.TITLE, "Sekaten 2018 dibuka");
    values.put(ImportRow.PUBLISHED, "2018-11-20");
    values.put(ImportRow.BODY, "Isi.");
    values.putAll(cells);
    return ImportedRelease.of(
        new ImportRow(1, "csv:1", values),
        new ImportDefaults(HUMAS, ReleaseType.NEWS, Language.ID, ceiling, NOW),
        SCHEMES,
        ImportedReleaseTest::words);
  }

  private static ImportedRelease imported(Map<String, String> cells) throws RowRejected {
    return imported(cells, Classification.RAHASIA.level());
  }

  private static ImportProblem rejected(Map<String, String> cells) {
    return assertThrows(RowRejected.class, () -> imported(cells)).problem().problem();
  }

  @Test
  void aRowThatSaysLittleTakesTheImportsDefaultsAndIsOpenToThePublic() throws RowRejected {
    ImportedRelease release = imported(Map.of());
    assertEquals(ReleaseType.NEWS, release.type());
    assertEquals(HUMAS, release.unit());
    assertEquals(Language.ID, release.language());
    assertEquals(Classification.BIASA, release.classification());
    assertTrue(release.publiclyReadable());
    assertEquals("487.2", release.subjectCode());
    assertEquals("HUM-02", release.retentionCode());
    assertEquals(Instant.parse("2018-11-19T17:00:00Z"), release.publishedAt(), "midnight WIB");
  }

  @Test
  void datesAreReadInTheSpellingsOldSystemsWrite() throws RowRejected {
    Map<String, Instant> spellings =
        Map.of(
            "2018-11-20T10:00:00+07:00", Instant.parse("2018-11-20T03:00:00Z"),
            "2018-11-20T03:00:00Z", Instant.parse("2018-11-20T03:00:00Z"),
            "2018-11-20 10:00:00", Instant.parse("2018-11-20T03:00:00Z"),
            "2018-11-20 10:00", Instant.parse("2018-11-20T03:00:00Z"),
            "20/11/2018", Instant.parse("2018-11-19T17:00:00Z"),
            "Tue, 20 Nov 2018 03:00:00 +0000", Instant.parse("2018-11-20T03:00:00Z"));
    for (var spelling : spellings.entrySet()) {
      assertEquals(
          spelling.getValue(),
          imported(Map.of(ImportRow.PUBLISHED, spelling.getKey())).publishedAt(),
          spelling.getKey());
    }
  }

  @Test
  void aDateThatCannotBeReadOrLiesInTheFutureOrBeforeWebsitesIsRejectedNamingIt() {
    for (String date : List.of("kemarin", "31/02/2018", "2027-01-01", "1970-01-01", "")) {
      RowRejected e =
          assertThrows(RowRejected.class, () -> imported(Map.of(ImportRow.PUBLISHED, date)), date);
      assertEquals(ImportProblem.DATE_UNREADABLE, e.problem().problem(), date);
      assertEquals(date, e.problem().detail());
    }
  }

  @Test
  void aRowAboveTheImportersClearanceIsRejected() throws RowRejected {
    assertEquals(
        Classification.RAHASIA,
        imported(Map.of(ImportRow.CLASSIFICATION, "Rahasia")).classification());
    RowRejected e =
        assertThrows(
            RowRejected.class, () -> imported(Map.of(ImportRow.CLASSIFICATION, "sangat rahasia")));
    assertEquals(ImportProblem.ABOVE_CLEARANCE, e.problem().problem());
    assertEquals(
        ImportProblem.ABOVE_CLEARANCE,
        assertThrows(
                RowRejected.class, () -> imported(Map.of(ImportRow.CLASSIFICATION, "TERBATAS"), 1))
            .problem()
            .problem());
  }

  @Test
  void onlyBiasaRowsThatDoNotSayOtherwiseAreOpenToThePublic() throws RowRejected {
    assertFalse(imported(Map.of(ImportRow.CLASSIFICATION, "Terbatas")).publiclyReadable());
    assertFalse(imported(Map.of(ImportRow.PUBLIC, "tidak")).publiclyReadable());
    assertTrue(imported(Map.of(ImportRow.PUBLIC, "Ya")).publiclyReadable());
    assertEquals(ImportProblem.PUBLIC_UNREADABLE, rejected(Map.of(ImportRow.PUBLIC, "mungkin")));
  }

  @Test
  void valuesOutsideTheirListsAreRejectedNamingTheValue() {
    assertEquals(ImportProblem.TYPE_UNKNOWN, rejected(Map.of(ImportRow.TYPE, "ARTIKEL")));
    assertEquals(ImportProblem.LANGUAGE_UNKNOWN, rejected(Map.of(ImportRow.LANGUAGE, "JV")));
    assertEquals(
        ImportProblem.CLASSIFICATION_UNKNOWN, rejected(Map.of(ImportRow.CLASSIFICATION, "RHS")));
    assertEquals(ImportProblem.UNIT_INVALID, rejected(Map.of(ImportRow.UNIT, "Diskominfo")));
    assertEquals(
        ImportProblem.SUBJECT_CODE_UNKNOWN, rejected(Map.of(ImportRow.SUBJECT_CODE, "999")));
    assertEquals(
        ImportProblem.RETENTION_CODE_UNKNOWN, rejected(Map.of(ImportRow.RETENTION_CODE, "X-1")));
  }

  @Test
  void emptyAndOverlongCellsAreRejected() {
    assertEquals(ImportProblem.TITLE_MISSING, rejected(Map.of(ImportRow.TITLE, "  ")));
    assertEquals(ImportProblem.BODY_MISSING, rejected(Map.of(ImportRow.BODY, "<p> </p>")));
    assertEquals(ImportProblem.TOO_LONG, rejected(Map.of(ImportRow.TITLE, "j".repeat(301))));
    assertEquals(ImportProblem.TOO_LONG, rejected(Map.of(ImportRow.TAGS, "t".repeat(41))));
  }

  @Test
  void aRowTheReaderFoundWantingIsRejectedWithTheReadersReason() {
    RowProblem draft = new RowProblem(ImportProblem.NOT_PUBLISHED, "draft");
    RowRejected e =
        assertThrows(
            RowRejected.class,
            () ->
                ImportedRelease.of(
                    new ImportRow(3, "wxr:x", Map.of(), Optional.of(draft)),
                    new ImportDefaults(HUMAS, ReleaseType.NEWS, Language.ID, 3, NOW),
                    SCHEMES,
                    ImportedReleaseTest::words));
    assertEquals(draft, e.problem());
  }

  @Test
  void tagsAreSpelledAsReleasesSpellThemEachOnce() throws RowRejected {
    assertEquals(
        List.of("budaya", "keraton yogyakarta"),
        imported(Map.of(ImportRow.TAGS, " Budaya ;Keraton   Yogyakarta;budaya;;")).tags());
  }

  @Test
  void plainTextAndWordPressParagraphsKeepTheirParagraphs() throws RowRejected {
    assertEquals(
        "Paragraf satu.\n\nParagraf dua.",
        imported(Map.of(ImportRow.BODY, "  Paragraf   satu.\r\n\r\nParagraf dua.\n")).bodyText());
    assertEquals(
        "Paragraf satu.\n\nParagraf dua.",
        imported(Map.of(ImportRow.BODY, "Paragraf <b>satu</b>.\n\nParagraf dua.")).bodyText());
  }

  @Test
  void aClassifiedRowMayCarryTheDayItsClassificationIsReviewedABiasaOneMayNot() throws RowRejected {
    assertEquals(
        Optional.of(java.time.LocalDate.parse("2030-01-31")),
        imported(Map.of(ImportRow.CLASSIFICATION, "Rahasia", ImportRow.REVIEW_ON, "2030-01-31"))
            .reviewOn());
    assertTrue(imported(Map.of()).reviewOn().isEmpty());
    assertEquals(
        ImportProblem.REVIEW_NOT_CLASSIFIED, rejected(Map.of(ImportRow.REVIEW_ON, "2030-01-31")));
    assertEquals(
        ImportProblem.REVIEW_DATE_UNREADABLE,
        rejected(Map.of(ImportRow.CLASSIFICATION, "Terbatas", ImportRow.REVIEW_ON, "31/01/2030")));
  }
}
