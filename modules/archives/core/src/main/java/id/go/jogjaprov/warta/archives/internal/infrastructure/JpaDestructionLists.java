package id.go.jogjaprov.warta.archives.internal.infrastructure;

import id.go.jogjaprov.warta.archives.internal.domain.DestructionList;
import id.go.jogjaprov.warta.archives.internal.domain.DestructionLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaDestructionLists implements DestructionLists {

  @PersistenceContext(unitName = "archives")
  EntityManager em;

  @Override
  public void add(DestructionList list) {
    em.persist(list);
  }

  @Override
  public Optional<DestructionList> find(UUID id) {
    return em.createQuery("select l from DestructionList l where l.id = :id", DestructionList.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void decided(DestructionList list) {
    em.flush();
  }
}
