package id.go.jogjaprov.warta.archives.internal.infrastructure;

import id.go.jogjaprov.warta.archives.internal.domain.SavedSearchEntries;
import id.go.jogjaprov.warta.archives.internal.domain.SavedSearchEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaSavedSearchEntries implements SavedSearchEntries {

  @PersistenceContext(unitName = "archives")
  EntityManager em;

  @Override
  public List<SavedSearchEntry> all() {
    return em.createQuery(
            "select s from SavedSearchEntry s order by s.name", SavedSearchEntry.class)
        .getResultList();
  }

  @Override
  public Optional<SavedSearchEntry> named(String name) {
    return em.createQuery(
            "select s from SavedSearchEntry s where s.name = :name", SavedSearchEntry.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<SavedSearchEntry> find(UUID id) {
    return Optional.ofNullable(em.find(SavedSearchEntry.class, id));
  }

  @Override
  public void add(SavedSearchEntry entry) {
    em.persist(entry);
  }

  @Override
  public void remove(SavedSearchEntry entry) {
    em.remove(entry);
  }
}
