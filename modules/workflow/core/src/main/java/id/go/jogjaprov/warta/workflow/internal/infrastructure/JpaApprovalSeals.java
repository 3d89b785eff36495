package id.go.jogjaprov.warta.workflow.internal.infrastructure;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.workflow.internal.domain.ApprovalSeal;
import id.go.jogjaprov.warta.workflow.internal.domain.ApprovalSeals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaApprovalSeals implements ApprovalSeals {

  @PersistenceContext(unitName = "workflow")
  EntityManager em;

  @Override
  public void add(ApprovalSeal seal) {
    em.persist(seal);
  }

  /** By query rather than find, so that the read rule applies. */
  @Override
  public Optional<ApprovalSeal> find(String id) {
    return em.createQuery("select s from ApprovalSeal s where s.id = :id", ApprovalSeal.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ApprovalSeal> of(ReleaseId release) {
    return em.createQuery(
            "select s from ApprovalSeal s where s.itemId = :release order by s.approvedAt desc",
            ApprovalSeal.class)
        .setParameter("release", release.value())
        .getResultList();
  }
}
