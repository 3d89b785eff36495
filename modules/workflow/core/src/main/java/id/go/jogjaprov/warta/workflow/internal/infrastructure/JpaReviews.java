package id.go.jogjaprov.warta.workflow.internal.infrastructure;

import id.go.jogjaprov.warta.access.api.ReadScope;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.workflow.internal.domain.Review;
import id.go.jogjaprov.warta.workflow.internal.domain.Reviews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class JpaReviews implements Reviews {

  /** What a reviewer may decide on; the read rule narrows it further, to what they may read. */
  private static final String AWAITING =
      " from Review r where (r.status in :firstReview"
          + " or (r.status = :secondReview and :agencyHead = true"
          + " and (r.firstApprover is null or r.firstApprover <> :reviewer)))"
          + " and FUNCTION('access.within_units', r.unitPath, :lines) = TRUE"
          + " and :reviewer not in (select w from Review x join x.writers w"
          + " where x.itemId = r.itemId)";

  @PersistenceContext(unitName = "workflow")
  EntityManager em;

  @Override
  public void add(Review review) {
    em.persist(review);
  }

  @Override
  public Optional<Review> find(ReleaseId releaseId) {
    return byId(releaseId, LockModeType.NONE);
  }

  @Override
  public Optional<Review> lock(ReleaseId releaseId) {
    return byId(releaseId, LockModeType.PESSIMISTIC_WRITE);
  }

  /** By query rather than find, so that the read rule applies and the lock is a row lock. */
  private Optional<Review> byId(ReleaseId releaseId, LockModeType lock) {
    return em.createQuery("select r from Review r where r.itemId = :id", Review.class)
        .setParameter("id", releaseId.value())
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ReleaseId> embargoLiftedBy(Instant now) {
    return em
        .createQuery(
            "select r.itemId from Review r where r.status = :approved"
                + " and r.embargoUntil <= :now order by r.embargoUntil",
            UUID.class)
        .setParameter("approved", ReleaseStatus.APPROVED)
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .getResultList()
        .stream()
        .map(ReleaseId::new)
        .toList();
  }

  @Override
  public Page<Review> awaiting(
      Username reviewer, Set<UnitPath> unitLines, boolean agencyHead, PageRequest page) {
    long total =
        bind(
                em.createQuery("select count(r)" + AWAITING, Long.class),
                reviewer,
                unitLines,
                agencyHead)
            .getSingleResult();
    List<Review> waiting =
        bind(
                em.createQuery(
                    "select r" + AWAITING + " order by r.waitingSince, r.updatedAt, r.itemId",
                    Review.class),
                reviewer,
                unitLines,
                agencyHead)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(waiting, total, page);
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> query, Username reviewer, Set<UnitPath> unitLines, boolean agencyHead) {
    return query
        .setParameter("firstReview", List.of(ReleaseStatus.IN_REVIEW, ReleaseStatus.RESUBMITTED))
        .setParameter("secondReview", ReleaseStatus.AWAITING_AGENCY_HEAD)
        .setParameter("agencyHead", agencyHead)
        .setParameter("reviewer", reviewer.value())
        .setParameter("lines", ReadScope.unitsParameter(unitLines));
  }
}
