package id.go.jogjaprov.warta.workflow.internal.infrastructure;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.workflow.internal.domain.Timeline;
import id.go.jogjaprov.warta.workflow.internal.domain.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
class JpaTimeline implements Timeline {

  @PersistenceContext(unitName = "workflow")
  EntityManager em;

  @Override
  public void add(TimelineEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<TimelineEntry> since(java.time.Instant since) {
    return em.createQuery(
            "select t from TimelineEntry t where t.takenAt >= :since order by t.itemId, t.seq",
            TimelineEntry.class)
        .setParameter("since", since.atOffset(java.time.ZoneOffset.UTC))
        .getResultList();
  }

  @Override
  public List<TimelineEntry> of(ReleaseId releaseId) {
    return em.createQuery(
            "select t from TimelineEntry t where t.itemId = :release order by t.seq",
            TimelineEntry.class)
        .setParameter("release", releaseId.value())
        .getResultList();
  }
}
