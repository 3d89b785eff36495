package id.go.jogjaprov.warta.workflow.internal.infrastructure;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.workflow.internal.domain.PassageComment;
import id.go.jogjaprov.warta.workflow.internal.domain.PassageComments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
class JpaPassageComments implements PassageComments {

  @PersistenceContext(unitName = "workflow")
  EntityManager em;

  @Override
  public void add(PassageComment comment) {
    em.persist(comment);
  }

  @Override
  public List<PassageComment> of(ReleaseId release) {
    return em.createQuery(
            "select c from PassageComment c where c.itemId = :release order by c.takenAt, c.id",
            PassageComment.class)
        .setParameter("release", release.value())
        .getResultList();
  }
}
