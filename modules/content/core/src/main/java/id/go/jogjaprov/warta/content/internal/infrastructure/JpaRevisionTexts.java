package id.go.jogjaprov.warta.content.internal.infrastructure;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.RevisionSummary;
import id.go.jogjaprov.warta.content.internal.domain.RevisionText;
import id.go.jogjaprov.warta.content.internal.domain.RevisionTexts;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Kept texts through JPQL only, so that the entity's read rule filters items and totals. */
@ApplicationScoped
class JpaRevisionTexts implements RevisionTexts {

  @PersistenceContext(unitName = "content")
  EntityManager em;

  @Override
  public Optional<RevisionText> find(ReleaseId release, int number) {
    return em.createQuery(
            "select t from RevisionText t where t.itemId = :release and t.number = :number",
            RevisionText.class)
        .setParameter("release", release.value())
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<RevisionSummary> history(ReleaseId release, PageRequest page) {
    long total =
        em.createQuery("select count(t) from RevisionText t where t.itemId = :release", Long.class)
            .setParameter("release", release.value())
            .getSingleResult();
    List<RevisionSummary> items =
        em
            .createQuery(
                "select t.number, t.author, t.savedAt, t.changeNote, t.level from RevisionText t"
                    + " where t.itemId = :release order by t.number desc",
                Object[].class)
            .setParameter("release", release.value())
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(
                row ->
                    new RevisionSummary(
                        (Integer) row[0],
                        new Username((String) row[1]),
                        ((OffsetDateTime) row[2]).toInstant(),
                        Optional.ofNullable((String) row[3]),
                        Classification.ofLevel(((Number) row[4]).intValue())))
            .toList();
    return new Page<>(items, total, page);
  }

  @Override
  public void raiseTo(ReleaseId release, Classification level) {
    em.createQuery(
            "update RevisionText t set t.level = :level"
                + " where t.itemId = :release and t.level < :level")
        .setParameter("level", level.level())
        .setParameter("release", release.value())
        .executeUpdate();
  }

  @Override
  public void lower(ReleaseId release, int number, Classification level) {
    em.createQuery(
            "update RevisionText t set t.level = :level"
                + " where t.itemId = :release and t.number = :number and t.level > :level")
        .setParameter("level", level.level())
        .setParameter("release", release.value())
        .setParameter("number", number)
        .executeUpdate();
  }
}
