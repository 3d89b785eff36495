package id.go.jogjaprov.warta.content.internal.infrastructure;

import id.go.jogjaprov.warta.content.api.ReclassificationStatus;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.internal.domain.Reclassification;
import id.go.jogjaprov.warta.content.internal.domain.Reclassifications;
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
  public List<Reclassification> pending() {
    return em
        .createQuery("select r from Reclassification r where r.status = :status order by r.requestedAt", Reclassification.class)
        .setParameter("status", ReclassificationStatus.PENDING)
        .setMaxResults(500)
        .getResultList();
  }

  @Override
  public List<Reclassification> pendingFor(ReleaseId releaseId) {
    return em
        .createQuery("select r from Reclassification r where r.status = :status and r.releaseId = :release",
            Reclassification.class)
        .setParameter("status", ReclassificationStatus.PENDING)
        .setParameter("release", releaseId.value())
        .getResultList();
  }

}
