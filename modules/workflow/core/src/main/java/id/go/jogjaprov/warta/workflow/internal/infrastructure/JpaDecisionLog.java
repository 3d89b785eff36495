package id.go.jogjaprov.warta.workflow.internal.infrastructure;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.workflow.internal.domain.DecisionEntry;
import id.go.jogjaprov.warta.workflow.internal.domain.DecisionLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
class JpaDecisionLog implements DecisionLog {

  @PersistenceContext(unitName = "workflow")
  EntityManager em;

  @Override
  public void add(DecisionEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<DecisionEntry> on(ReleaseId releaseId) {
    return em.createQuery(
            "select d from DecisionEntry d where d.releaseId = :release order by d.decidedAt",
            DecisionEntry.class)
        .setParameter("release", releaseId.value())
        .getResultList();
  }
}
