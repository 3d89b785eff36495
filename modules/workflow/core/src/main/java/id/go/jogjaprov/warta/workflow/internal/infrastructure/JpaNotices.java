package id.go.jogjaprov.warta.workflow.internal.infrastructure;

import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.workflow.internal.domain.InboxEntry;
import id.go.jogjaprov.warta.workflow.internal.domain.Notice;
import id.go.jogjaprov.warta.workflow.internal.domain.Notices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaNotices implements Notices {

  @PersistenceContext(unitName = "workflow")
  EntityManager em;

  @Override
  public void add(Notice notice) {
    em.persist(notice);
  }

  @Override
  public List<UUID> undelivered(Instant now, int max) {
    return em.createQuery(
            "select n.id from Notice n where n.deliveredAt is null"
                + " and (n.notBefore is null or n.notBefore <= :now) order by n.createdAt",
            UUID.class)
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Optional<Notice> lock(UUID id) {
    return em.createQuery("select n from Notice n where n.id = :id", Notice.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void file(InboxEntry entry) {
    em.persist(entry);
  }

  @Override
  public Page<InboxEntry> inbox(PageRequest page) {
    long total = em.createQuery("select count(e) from InboxEntry e", Long.class).getSingleResult();
    List<InboxEntry> entries =
        em.createQuery(
                "select e from InboxEntry e order by e.createdAt desc, e.id", InboxEntry.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(entries, total, page);
  }

  @Override
  public long unread() {
    return em.createQuery("select count(e) from InboxEntry e where e.readAt is null", Long.class)
        .getSingleResult();
  }

  @Override
  public Optional<InboxEntry> entry(UUID id) {
    return em.createQuery("select e from InboxEntry e where e.id = :id", InboxEntry.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }
}
