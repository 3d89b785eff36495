package id.go.jogjaprov.warta.archives.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.archives.api.RecordRetention;
import id.go.jogjaprov.warta.archives.api.RetentionStage;
import id.go.jogjaprov.warta.content.api.Disposition;
import id.go.jogjaprov.warta.content.api.RetentionRule;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetentionScheduleTest {

  private final RetentionSchedule schedule =
      new RetentionSchedule(
          List.of(
              new RetentionRule("HUM-03", "Pengumuman", 1, 1, Disposition.MUSNAH),
              new RetentionRule("HUM-01", "Siaran pers", 2, 3, Disposition.PERMANEN)));

  /** 5 January 2023, 23.30 WIB: the office's day, not UTC's (4 January). */
  private static final Instant PUBLISHED = Instant.parse("2023-01-05T16:30:00Z");

  @Test
  void stagesFollowTheOfficeDayOfPublication() {
    assertEquals(RetentionStage.ACTIVE, stage("HUM-03", LocalDate.of(2024, 1, 5).minusDays(1)));
    assertEquals(RetentionStage.INACTIVE, stage("HUM-03", LocalDate.of(2024, 1, 5)));
    assertEquals(RetentionStage.INACTIVE, stage("HUM-03", LocalDate.of(2025, 1, 4)));
    assertEquals(RetentionStage.DUE, stage("HUM-03", LocalDate.of(2025, 1, 5)));
  }

  @Test
  void onlyDueRecordsToBeDestroyedMayBeDestroyed() {
    LocalDate later = LocalDate.of(2040, 1, 1);
    RecordRetention announcement = schedule.of("HUM-03", PUBLISHED, false, later);
    RecordRetention pressRelease = schedule.of("HUM-01", PUBLISHED, false, later);

    assertTrue(announcement.dueForDestruction());
    assertEquals(RetentionStage.DUE, pressRelease.stage());
    assertFalse(
        pressRelease.dueForDestruction(), "permanent records are transferred, not destroyed");
    assertEquals(LocalDate.of(2025, 1, 5), announcement.dueFrom().orElseThrow());
  }

  @Test
  void aRowNoLongerInTheScheduleIsNeverDue() {
    RecordRetention retention = schedule.of("HUM-99", PUBLISHED, false, LocalDate.of(2090, 1, 1));

    assertEquals(RetentionStage.UNSCHEDULED, retention.stage());
    assertFalse(retention.dueForDestruction());
  }

  @Test
  void aDestroyedRecordStaysDestroyed() {
    assertEquals(
        RetentionStage.DESTROYED,
        schedule.of("HUM-03", PUBLISHED, true, LocalDate.of(2030, 1, 1)).stage());
  }

  @Test
  void theQueuesCutOffAgreesWithTheStageOnEveryDay() {
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      LocalDate today = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(1500));
      Instant published =
          LocalDate.of(2020, 1, 1)
              .plusDays(random.nextInt(2500))
              .atStartOfDay(OfficeTime.ZONE)
              .plusMinutes(random.nextInt(24 * 60))
              .toInstant();
      Instant cutoff = schedule.dueCutoffs(Disposition.MUSNAH, today).get("HUM-03");
      assertEquals(
          schedule.of("HUM-03", published, false, today).stage() == RetentionStage.DUE,
          published.isBefore(cutoff),
          "published " + published + ", today " + today);
    }
    assertEquals(
        Set.of("HUM-01"), schedule.dueCutoffs(Disposition.PERMANEN, LocalDate.now()).keySet());
  }

  private RetentionStage stage(String code, LocalDate today) {
    return schedule.of(code, PUBLISHED, false, today).stage();
  }
}
