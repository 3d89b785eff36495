package id.go.jogjaprov.warta.content.internal.infrastructure;

import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseFilter;
import id.go.jogjaprov.warta.content.internal.domain.Release;
import id.go.jogjaprov.warta.content.internal.domain.ReleaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * Binds the caller's read scope into the transaction's entity manager before every query, so that
 * the entity's additional criteria filter what comes back.
 */
@ApplicationScoped
class JpaReleaseRepository implements ReleaseRepository {

  @PersistenceContext(unitName = "content")
  EntityManager em;

  @Inject CurrentOfficial official;

  @Override
  public Optional<Release> find(ReleaseId id) {
    return Optional.ofNullable(scoped().find(Release.class, id.value()));
  }

  @Override
  public List<Release> list(ReleaseFilter filter, int limit) {
    StringBuilder jpql = new StringBuilder("select r from Release r where r.status in :statuses");
    filter.author().ifPresent(a -> jpql.append(" and r.author = :author"));
    filter.notAuthor().ifPresent(a -> jpql.append(" and r.author <> :notAuthor"));
    TypedQuery<Release> query =
        scoped().createQuery(jpql.append(" order by r.updatedAt desc").toString(), Release.class);
    query.setParameter("statuses", filter.statuses());
    filter.author().ifPresent(a -> query.setParameter("author", a.value()));
    filter.notAuthor().ifPresent(a -> query.setParameter("notAuthor", a.value()));
    return query.setMaxResults(limit).getResultList();
  }

  @Override
  public List<Release> listPublic(int limit) {
    return scoped()
        .createQuery(
            "select r from Release r where r.publiclyReadable = true order by r.publishedAt desc",
            Release.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void add(Release release) {
    scoped().persist(release);
  }

  @Override
  public void flush() {
    em.flush();
  }

  private EntityManager scoped() {
    official.get().readScope().applyTo(em::setProperty);
    return em;
  }
}
