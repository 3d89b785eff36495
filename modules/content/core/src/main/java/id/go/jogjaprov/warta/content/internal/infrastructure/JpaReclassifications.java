package id.go.jogjaprov.warta.content.internal.infrastructure;

import id.go.jogjaprov.warta.content.api.ReclassificationStatus;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.internal.domain.Reclassification;
import id.go.jogjaprov.warta.content.internal.domain.Reclassifications;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaReclassifications implements Reclassifications {

  @PersistenceContext(unitName = "content")
  EntityManager em;

  @Override
  public void add(Reclassification request) {
    em.persist(request);
  }

  @Override
  public Optional<Reclassification> find(UUID id) {
    return Optional.ofNullable(em.find(Reclassification.class, id));
  }

  @Override
  public Page<Reclassification> pendingNotBy(Username notBy, PageRequest page) {
    String where = " where r.status = :status and r.requestedBy <> :notBy";
    long total =
        em.createQuery("select count(r) from Reclassification r" + where, Long.class)
            .setParameter("status", ReclassificationStatus.PENDING)
            .setParameter("notBy", notBy.value())
            .getSingleResult();
    List<Reclassification> items =
        em.createQuery(
                "select r from Reclassification r" + where + " order by r.requestedAt, r.id",
                Reclassification.class)
            .setParameter("status", ReclassificationStatus.PENDING)
            .setParameter("notBy", notBy.value())
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(items, total, page);
  }

  @Override
  public List<Reclassification> pendingFor(ReleaseId releaseId) {
    return em.createQuery(
            "select r from Reclassification r where r.status = :status and r.releaseId = :release",
            Reclassification.class)
        .setParameter("status", ReclassificationStatus.PENDING)
        .setParameter("release", releaseId.value())
        .getResultList();
  }
}
