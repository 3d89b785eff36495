package id.go.jogjaprov.warta.content.internal.infrastructure;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.content.api.EditingNow;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.internal.domain.Autosave;
import id.go.jogjaprov.warta.content.internal.domain.Autosaves;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads go through JPQL and the entity's read rule (the owner's own copy). Discarding, raising and
 * the list of who is editing are plain SQL on purpose: discarding touches only the caller's own
 * rows, raising must reach every owner's copy, and the list answers names and times, never text.
 */
@ApplicationScoped
class JpaAutosaves implements Autosaves {

  private static final UUID NEW_DRAFT = new UUID(0, 0);

  @PersistenceContext(unitName = "content")
  EntityManager em;

  @Override
  public Optional<Autosave> find(AccountId owner, Optional<ReleaseId> release) {
    String which = release.isPresent() ? "a.releaseId = :release" : "a.releaseId is null";
    var query =
        em.createQuery(
                "select a from Autosave a where a.ownerAccount = :owner and " + which,
                Autosave.class)
            .setParameter("owner", owner.value());
    release.ifPresent(r -> query.setParameter("release", r.value()));
    return query.getResultStream().findFirst();
  }

  @Override
  public void add(Autosave autosave) {
    em.persist(autosave);
    em.flush();
  }

  @Override
  public void discard(AccountId owner, Optional<ReleaseId> release) {
    em.createNativeQuery(
            "delete from content.working_copy where owner_account = ?1"
                + " and coalesce(release_id, ?2) = ?3")
        .setParameter(1, owner.value())
        .setParameter(2, NEW_DRAFT)
        .setParameter(3, release.map(ReleaseId::value).orElse(NEW_DRAFT))
        .executeUpdate();
  }

  @Override
  public void raiseTo(ReleaseId release, Classification level) {
    em.createNativeQuery(
            "update content.working_copy set level = ?1 where release_id = ?2 and level < ?1")
        .setParameter(1, level.level())
        .setParameter(2, release.value())
        .executeUpdate();
  }

  @Override
  public List<EditingNow> editing(ReleaseId release, AccountId not, Instant activeSince) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select owner_name, started_at from content.working_copy"
                    + " where release_id = ?1 and owner_account <> ?2 and saved_at > ?3"
                    + " order by started_at")
            .setParameter(1, release.value())
            .setParameter(2, not.value())
            .setParameter(3, Timestamp.from(activeSince))
            .getResultList();
    return rows.stream()
        .map(row -> new EditingNow(new Username((String) row[0]), instant(row[1])))
        .toList();
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
