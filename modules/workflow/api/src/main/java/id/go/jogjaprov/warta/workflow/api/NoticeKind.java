package id.go.jogjaprov.warta.workflow.api;

/** What an official is told about a release. */
public enum NoticeKind {
  /** A release waits for your decision (heads of its unit). */
  REVIEW_REQUESTED,
  /** A release waits for your second approval (agency heads above its unit). */
  SECOND_APPROVAL_REQUESTED,
  /** A head asked for changes to your release. */
  CHANGES_REQUESTED,
  /** A head rejected your release. */
  REJECTED,
  /** Your release was published. */
  PUBLISHED,
  /** A decision awaited from you is due soon. */
  DUE_SOON,
  /**
   * A decision awaited is overdue: told to the heads it waits for and, as an escalation, to the
   * agency heads above them.
   */
  OVERDUE;

  /** A reminder about a wait, which a decision taken meanwhile makes moot. */
  public boolean isReminder() {
    return this == DUE_SOON || this == OVERDUE;
  }
}
