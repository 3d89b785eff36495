package id.go.jogjaprov.warta.content.internal.infrastructure;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.internal.domain.ClassifiedMaterial;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Trigram word similarity in PostgreSQL (pg_trgm), through JPQL so the read rule applies. */
@ApplicationScoped
class JpaClassifiedMaterial implements ClassifiedMaterial {

  private static final String SIMILARITY =
      "FUNCTION('content.word_similarity', :passage, r.plainText)";

  @PersistenceContext(unitName = "content")
  EntityManager em;

  @Override
  public List<Match> resembling(
      String passage, Set<UnitPath> units, ReleaseId except, double threshold) {
    return em
        .createQuery(
            "select r.id, r.level, r.unitPath, r.title, r.plainText, "
                + SIMILARITY
                + " from Release r where r.level > :biasa and r.unitPath in :units"
                + " and r.id <> :except and "
                + SIMILARITY
                + " >= :threshold",
            Object[].class)
        .setParameter("passage", passage)
        .setParameter("biasa", Classification.BIASA.level())
        .setParameter("units", units.stream().map(UnitPath::value).toList())
        .setParameter("except", except.value())
        .setParameter("threshold", threshold)
        .getResultList()
        .stream()
        .map(
            row ->
                new Match(
                    new ReleaseId((UUID) row[0]),
                    Classification.ofLevel(((Number) row[1]).intValue()),
                    UnitPath.of((String) row[2]),
                    (String) row[3],
                    (String) row[4],
                    ((Number) row[5]).doubleValue()))
        .toList();
  }
}
