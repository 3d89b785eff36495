package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.workflow.api.ApprovalTrailStep;
import java.util.List;
import java.util.UUID;

/** The steps of records' approval trails the caller may read. */
public interface RecordApprovalSteps {

  /** A record's trail, written once with the record. */
  void addAll(List<RecordApprovalStep> steps);

  /** A record's approval trail, the first step first; empty to whoever may not read it. */
  List<ApprovalTrailStep> of(UUID recordId);
}
