package id.go.jogjaprov.warta.content.internal.infrastructure;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.content.api.EditingNow;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.internal.domain.Autosave;
import id.go.jogjaprov.warta.content.internal.domain.Autosaves;
import id.go.jogjaprov.warta.content.internal.domain.EditingPresence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Working copies through JPQL, each mapping under its own read rule. */
@ApplicationScoped
class JpaAutosaves implements Autosaves {

  @PersistenceContext(unitName = "content")
  EntityManager em;

  @Override
  public Optional<Autosave> find(AccountId owner, Optional<ReleaseId> release) {
    var query =
        em.createQuery(
                "select a from Autosave a where a.ownerAccount = :owner and "
                    + which(release)
                    + " order by a.savedAt desc",
                Autosave.class)
            .setParameter("owner", owner.value())
            .setMaxResults(1);
    release.ifPresent(r -> query.setParameter("release", r.toString()));
    return query.getResultStream().findFirst();
  }

  @Override
  public void add(Autosave autosave) {
    em.persist(autosave);
    em.flush();
  }

  @Override
  public void discard(AccountId owner, Optional<ReleaseId> release) {
    Query delete =
        em.createQuery("delete from Autosave a where a.ownerAccount = :owner and " + which(release))
            .setParameter("owner", owner.value());
    release.ifPresent(r -> delete.setParameter("release", r.toString()));
    delete.executeUpdate();
  }

  @Override
  public List<EditingNow> editing(ReleaseId release, AccountId not, Instant activeSince) {
    return em
        .createQuery(
            "select p from EditingPresence p where p.itemId = :release"
                + " and p.ownerAccount <> :not and p.savedAt > :since order by p.startedAt",
            EditingPresence.class)
        .setParameter("release", release.value())
        .setParameter("not", not.value())
        .setParameter("since", OffsetDateTime.ofInstant(activeSince, ZoneOffset.UTC))
        .getResultList()
        .stream()
        .map(EditingPresence::view)
        .toList();
  }

  private static String which(Optional<ReleaseId> release) {
    return release.isPresent() ? "a.releaseId = :release" : "a.releaseId is null";
  }
}
