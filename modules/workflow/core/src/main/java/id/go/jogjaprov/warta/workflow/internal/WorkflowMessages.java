package id.go.jogjaprov.warta.workflow.internal;

import id.go.jogjaprov.warta.kernel.MessageKey;

/** The workflow module's sentences for users; texts in the same-named bundle (Indonesian, _en). */
public enum WorkflowMessages implements MessageKey {
  FIELD_DECISION_COMMENT,
  DECISION_REQUIRED,
  OWNING_UNIT_HEAD_ONLY,
  REASON_REQUIRED_UNLESS_APPROVING
}
