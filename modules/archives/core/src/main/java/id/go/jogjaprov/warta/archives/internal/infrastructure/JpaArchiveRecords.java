package id.go.jogjaprov.warta.archives.internal.infrastructure;

import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecord;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords.ChangeWindow;
import id.go.jogjaprov.warta.archives.internal.domain.RecordChange;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Archive records through JPQL, so that the records' additional criteria apply to every read. */
@ApplicationScoped
class JpaArchiveRecords implements ArchiveRecords {

  /** The oldest transaction running, in the form {@code record_change.txid} keeps. */
  private static final String OLDEST_RUNNING =
      "SQL('pg_snapshot_xmin(pg_current_snapshot())::text::bigint')";

  /** The first transaction id not yet given out when the statement's snapshot was taken. */
  private static final String NEXT_TO_START =
      "SQL('pg_snapshot_xmax(pg_current_snapshot())::text::bigint')";

  /** The transactions running then, as comma-separated ids. */
  private static final String RUNNING =
      "SQL('array_to_string(array(select pg_snapshot_xip(pg_current_snapshot())), '','')')";

  @PersistenceContext(unitName = "archives")
  EntityManager em;

  @Override
  public void add(ArchiveRecord record) {
    em.persist(record);
  }

  @Override
  public Optional<ArchiveRecord> find(UUID id) {
    return Optional.ofNullable(em.find(ArchiveRecord.class, id));
  }

  @Override
  public List<ArchiveRecord> find(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select r from ArchiveRecord r where r.id in :ids", ArchiveRecord.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public List<ArchiveRecord> ofRelease(UUID releaseId) {
    return em.createQuery(
            "select r from ArchiveRecord r where r.releaseId = :release", ArchiveRecord.class)
        .setParameter("release", releaseId)
        .getResultList();
  }

  @Override
  public List<ArchiveRecord> correcting(UUID releaseId) {
    return em.createQuery(
            "select r from ArchiveRecord r where r.correctsRelease = :release"
                + " order by r.publishedAt, r.id",
            ArchiveRecord.class)
        .setParameter("release", releaseId.toString())
        .getResultList();
  }

  @Override
  public Page<ArchiveRecord> publishedBefore(
      Map<String, Instant> cutoffByRetentionCode, PageRequest page) {
    if (cutoffByRetentionCode.isEmpty()) {
      return new Page<>(List.of(), 0, page);
    }
    StringBuilder due = new StringBuilder();
    Map<String, Object> parameters = new HashMap<>();
    int n = 0;
    for (var rule : cutoffByRetentionCode.entrySet()) {
      due.append(n == 0 ? "" : " or ")
          .append("(r.retentionCode = :code")
          .append(n)
          .append(" and r.publishedAt < :cutoff")
          .append(n)
          .append(')');
      parameters.put("code" + n, rule.getKey());
      parameters.put("cutoff" + n, rule.getValue().atOffset(ZoneOffset.UTC));
      n++;
    }
    String where = " where r.destroyedAt is null and (" + due + ")";
    return page(where, " order by r.publishedAt, r.id", parameters, page);
  }

  @Override
  public Page<ArchiveRecord> reviewDue(java.time.LocalDate today, PageRequest page) {
    return page(
        " where r.reviewOn <= :today and r.destroyedAt is null and r.level > 1",
        " order by r.reviewOn, r.id",
        Map.of("today", today),
        page);
  }

  @Override
  public Page<ArchiveRecord> underLegalHold(PageRequest page) {
    return page(
        " where r.legalHoldAt is not null", " order by r.legalHoldAt, r.id", Map.of(), page);
  }

  private Page<ArchiveRecord> page(
      String where, String order, Map<String, Object> parameters, PageRequest page) {
    var count = em.createQuery("select count(r) from ArchiveRecord r" + where, Long.class);
    var items =
        em.createQuery("select r from ArchiveRecord r" + where + order, ArchiveRecord.class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          items.setParameter(name, value);
        });
    return new Page<>(
        items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
        count.getSingleResult(),
        page);
  }

  @Override
  public RecordChanges changesAfter(long txid, long position, ChangeWindow window, int max) {
    var query =
        em.createQuery(
                "select c, "
                    + OLDEST_RUNNING
                    + ", "
                    + NEXT_TO_START
                    + ", "
                    + RUNNING
                    + " from RecordChange c"
                    + " where (c.txid > :txid or (c.txid = :txid and c.position > :position))"
                    + (window.running().isEmpty()
                        ? " and c.txid >= :from"
                        : " and (c.txid >= :from or c.txid in :running)")
                    + " order by c.txid, c.position",
                Object[].class)
            .setParameter("txid", txid)
            .setParameter("position", position)
            .setParameter("from", window.from())
            .setMaxResults(max);
    if (!window.running().isEmpty()) {
      query.setParameter("running", window.running());
    }
    List<Object[]> rows = query.getResultList();
    if (rows.isEmpty()) {
      return new RecordChanges(List.of(), txid, window);
    }
    Object[] first = rows.get(0);
    String running = (String) first[3];
    return new RecordChanges(
        rows.stream().map(row -> (RecordChange) row[0]).toList(),
        ((Number) first[1]).longValue(),
        new ChangeWindow(
            ((Number) first[2]).longValue(),
            running.isEmpty()
                ? Set.of()
                : Arrays.stream(running.split(","))
                    .map(Long::valueOf)
                    .collect(Collectors.toSet())));
  }
}
