package id.go.jogjaprov.warta.workflow.internal.infrastructure;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.workflow.internal.domain.Delegation;
import id.go.jogjaprov.warta.workflow.internal.domain.Delegations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaDelegations implements Delegations {

  @PersistenceContext(unitName = "workflow")
  EntityManager em;

  @Override
  public void add(Delegation delegation) {
    em.persist(delegation);
  }

  @Override
  public Optional<Delegation> find(UUID id) {
    return em.createQuery("select d from Delegation d where d.id = :id", Delegation.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Delegation> actingFor(AccountId deputy, Instant now) {
    return em.createQuery(
            "select d from Delegation d where d.counterpartAccount = :deputy"
                + " and d.revokedAt is null and d.startsAt <= :now and d.endsAt > :now"
                + " order by d.startsAt",
            Delegation.class)
        .setParameter("deputy", deputy.value())
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .getResultList();
  }

  @Override
  public List<Delegation> current(Instant now) {
    return em.createQuery(
            "select d from Delegation d where d.revokedAt is null and d.endsAt > :now"
                + " order by d.startsAt, d.id",
            Delegation.class)
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .getResultList();
  }
}
