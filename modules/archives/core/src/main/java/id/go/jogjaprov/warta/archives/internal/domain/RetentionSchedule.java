package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.archives.api.RecordRetention;
import id.go.jogjaprov.warta.archives.api.RetentionStage;
import id.go.jogjaprov.warta.content.api.Disposition;
import id.go.jogjaprov.warta.content.api.RetentionRule;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The office's retention schedule (JRA) applied to records: active years count from the office day
 * a record was published, inactive years from the end of the active ones; on the day they end the
 * record is due for its final disposition.
 */
public final class RetentionSchedule {

  private final Map<String, RetentionRule> rules;

  public RetentionSchedule(List<RetentionRule> rules) {
    this.rules = rules.stream().collect(Collectors.toMap(RetentionRule::code, Function.identity()));
  }

  /**
   * For each row with this disposition, the instant before which a record must have been published
   * to be due today: the queues ask the database with it, and it agrees with {@link #of} to the day
   * (a record of 29 February is due on 28 February, as {@code plusYears} has it).
   */
  public Map<String, Instant> dueCutoffs(Disposition disposition, LocalDate today) {
    return rules.values().stream()
        .filter(rule -> rule.disposition() == disposition)
        .collect(
            Collectors.toMap(
                RetentionRule::code,
                rule -> {
                  LocalDate lastDue =
                      today.minusYears((long) rule.activeYears() + rule.inactiveYears());
                  while (!dueFrom(rule, lastDue.plusDays(1)).isAfter(today)) {
                    lastDue = lastDue.plusDays(1);
                  }
                  return lastDue.plusDays(1).atStartOfDay(OfficeTime.ZONE).toInstant();
                }));
  }

  private static LocalDate dueFrom(RetentionRule rule, LocalDate published) {
    return published.plusYears(rule.activeYears()).plusYears(rule.inactiveYears());
  }

  public RecordRetention of(String code, Instant publishedAt, boolean destroyed, LocalDate today) {
    RetentionRule rule = rules.get(code);
    if (rule == null) {
      return new RecordRetention(
          code,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          destroyed ? RetentionStage.DESTROYED : RetentionStage.UNSCHEDULED);
    }
    LocalDate published = LocalDate.ofInstant(publishedAt, OfficeTime.ZONE);
    LocalDate inactiveFrom = published.plusYears(rule.activeYears());
    LocalDate dueFrom = dueFrom(rule, published);
    RetentionStage stage =
        destroyed
            ? RetentionStage.DESTROYED
            : today.isBefore(inactiveFrom)
                ? RetentionStage.ACTIVE
                : today.isBefore(dueFrom) ? RetentionStage.INACTIVE : RetentionStage.DUE;
    return new RecordRetention(
        code,
        Optional.of(rule.title()),
        Optional.of(rule.disposition()),
        Optional.of(inactiveFrom),
        Optional.of(dueFrom),
        stage);
  }
}
