package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.workflow.api.ApprovalTrailStep;
import java.util.List;
import java.util.UUID;

/** The steps of records' approval trails the caller may read. */
public interface RecordApprovalSteps {

  void add(RecordApprovalStep step);

  /** A record's approval trail, the first step first; empty to whoever may not read it. */
  List<ApprovalTrailStep> of(UUID recordId);
}
