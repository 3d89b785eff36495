package id.go.jogjaprov.warta.content.internal.infrastructure;

import id.go.jogjaprov.warta.content.api.AttachmentId;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.internal.domain.Attachment;
import id.go.jogjaprov.warta.content.internal.domain.Attachments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Attachments through JPQL, filtered by the entity's read rule. */
@ApplicationScoped
class JpaAttachments implements Attachments {

  @PersistenceContext(unitName = "content")
  EntityManager em;

  @Override
  public Optional<Attachment> find(AttachmentId id) {
    return em.createQuery("select a from Attachment a where a.id = :id", Attachment.class)
        .setParameter("id", id.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Attachment> of(ReleaseId release) {
    return em.createQuery(
            "select a from Attachment a where a.itemId = :release order by a.uploadedAt, a.id",
            Attachment.class)
        .setParameter("release", release.value())
        .getResultList();
  }

  @Override
  public void add(Attachment attachment) {
    em.persist(attachment);
    em.flush();
  }

  @Override
  public void remove(Attachment attachment) {
    em.remove(attachment);
    em.flush();
  }
}
