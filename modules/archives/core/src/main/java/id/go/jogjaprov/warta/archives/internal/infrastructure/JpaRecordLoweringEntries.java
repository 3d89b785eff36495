package id.go.jogjaprov.warta.archives.internal.infrastructure;

import id.go.jogjaprov.warta.archives.api.LoweringStatus;
import id.go.jogjaprov.warta.archives.internal.ArchivesMessages;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecord;
import id.go.jogjaprov.warta.archives.internal.domain.RecordLoweringEntries;
import id.go.jogjaprov.warta.archives.internal.domain.RecordLoweringEntry;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaRecordLoweringEntries implements RecordLoweringEntries {

  @PersistenceContext(unitName = "archives")
  EntityManager em;

  @Override
  public void add(RecordLoweringEntry lowering) {
    // Two proposals at the same moment would both see none waiting: the record's row lock makes
    // the second wait for the first and then see it.
    em.find(ArchiveRecord.class, lowering.recordId(), LockModeType.PESSIMISTIC_WRITE);
    long waiting =
        em.createQuery(
                "select count(l) from RecordLoweringEntry l"
                    + " where l.recordId = :record and l.status = :pending",
                Long.class)
            .setParameter("record", lowering.recordId())
            .setParameter("pending", LoweringStatus.PENDING)
            .getSingleResult();
    if (waiting > 0) {
      throw new RuleViolationException(ArchivesMessages.LOWERING_PENDING);
    }
    em.persist(lowering);
  }

  @Override
  public Optional<RecordLoweringEntry> find(UUID id) {
    return Optional.ofNullable(em.find(RecordLoweringEntry.class, id));
  }

  @Override
  public Page<RecordLoweringEntry> pending(PageRequest page) {
    return pending("", Map.of(), page);
  }

  @Override
  public Page<RecordLoweringEntry> pendingNotProposedBy(String account, PageRequest page) {
    return pending(" and l.proposerAccount <> :account", Map.of("account", account), page);
  }

  /** Pending lowerings, narrowed by {@code where} and its parameters. */
  private Page<RecordLoweringEntry> pending(
      String where, Map<String, Object> parameters, PageRequest page) {
    String from = " from RecordLoweringEntry l where l.status = :pending" + where;
    TypedQuery<Long> count = em.createQuery("select count(l)" + from, Long.class);
    TypedQuery<RecordLoweringEntry> items =
        em.createQuery(
            "select l" + from + " order by l.proposedAt, l.id", RecordLoweringEntry.class);
    for (TypedQuery<?> query : List.of(count, items)) {
      query.setParameter("pending", LoweringStatus.PENDING);
      parameters.forEach(query::setParameter);
    }
    return new Page<>(
        items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
        count.getSingleResult(),
        page);
  }
}
