package id.go.jogjaprov.warta.archives.internal.infrastructure;

import id.go.jogjaprov.warta.archives.internal.domain.RecordApprovalStep;
import id.go.jogjaprov.warta.archives.internal.domain.RecordApprovalSteps;
import id.go.jogjaprov.warta.workflow.api.ApprovalTrailStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class JpaRecordApprovalSteps implements RecordApprovalSteps {

  @PersistenceContext(unitName = "archives")
  EntityManager em;

  @Override
  public void addAll(List<RecordApprovalStep> steps) {
    // The record's row first: steps refer to it, with no mapping between them to order inserts.
    em.flush();
    steps.forEach(em::persist);
  }

  @Override
  public List<ApprovalTrailStep> of(UUID recordId) {
    return em.createQuery(
            "select s from RecordApprovalStep s where s.recordId = :record order by s.position",
            RecordApprovalStep.class)
        .setParameter("record", recordId)
        .getResultStream()
        .map(RecordApprovalStep::step)
        .toList();
  }
}
