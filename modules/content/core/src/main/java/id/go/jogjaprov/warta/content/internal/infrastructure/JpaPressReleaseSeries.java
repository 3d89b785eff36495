package id.go.jogjaprov.warta.content.internal.infrastructure;

import id.go.jogjaprov.warta.content.internal.domain.PressReleaseSeries;
import id.go.jogjaprov.warta.content.internal.domain.Release;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Numbers come from a database function that counts under a row lock, so two publications at once
 * never share a number. It is called through JPQL, on the release being numbered (the read rule
 * applies: only someone who may read the release numbers it).
 */
@ApplicationScoped
class JpaPressReleaseSeries implements PressReleaseSeries {

  @PersistenceContext(unitName = "content")
  EntityManager em;

  @Override
  public int next(Release release, String unitCode, int year) {
    Number next =
        em.createQuery(
                "select FUNCTION('content.next_press_release_number', :code, :year)"
                    + " from Release r where r.id = :release",
                Number.class)
            .setParameter("code", unitCode)
            .setParameter("year", year)
            .setParameter("release", release.id().value())
            .getSingleResult();
    return next.intValue();
  }
}
