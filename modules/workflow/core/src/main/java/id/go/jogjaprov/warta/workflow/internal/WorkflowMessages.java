package id.go.jogjaprov.warta.workflow.internal;

import id.go.jogjaprov.warta.kernel.MessageKey;

/** The workflow module's sentences for users; texts in the same-named bundle (Indonesian, _en). */
public enum WorkflowMessages implements MessageKey {
  FIELD_DECISION_COMMENT,
  DECISION_REQUIRED,
  OWNING_UNIT_HEAD_ONLY,
  OWNING_UNIT_WRITERS_ONLY,
  AUTHOR_ONLY_WITHDRAWS,
  AGENCY_HEAD_ONLY,
  SECOND_APPROVER_DIFFERS,
  DECIDER_WROTE_REVISION,
  REASON_REQUIRED_UNLESS_APPROVING,
  REASON_REQUIRED_FOR_URGENT,
  AGENCY_HEAD_PUBLISHES_URGENTLY,
  ONLY_SERTA_MERTA_IS_URGENT,
  RELEASE_NOT_FOUND,
  RELEASE_ENDED,
  NOT_AWAITING_DECISION,
  MOVE_NOT_ALLOWED,
  MOVE_SUBMIT,
  MOVE_REVISE,
  MOVE_WITHDRAW,
  MOVE_PUBLISH
}
