package id.go.jogjaprov.warta.access.api;

/** What the audit trail records. */
public enum AuditAction {
  /** Someone opened classified material (Terbatas and above). */
  READ,
  /**
   * Someone took classified material out of Warta (a record as a PDF, a list of hits as CSV); the
   * detail names the export, whose id the copy carries in its watermark.
   */
  EXPORT,
  /** A head decided on a release. */
  DECISION,
  /**
   * A release moved through review otherwise: submitted, withdrawn, sent back by an edit,
   * published.
   */
  REVIEW,
  /** A classification was raised, lowered or a lowering requested or approved. */
  CLASSIFICATION_CHANGE,
  /**
   * A head let a release go public although it resembles classified material (the leak check), with
   * a reason.
   */
  LEAK_CHECK_OVERRIDE,
  /**
   * An archivist put a record under legal hold or lifted it, a destruction list was proposed or
   * decided, a record was destroyed, or its destruction was refused because of a legal hold.
   */
  RETENTION,
  /** A head named a deputy (Plh/Plt) to decide in their name for a period, or ended it. */
  DELEGATION,
  /** Access to an item was granted to a named official. */
  GRANT,
  /** An official with a privileged role began a browser session or used a new bearer token. */
  PRIVILEGED_SIGN_IN,
  /** A user, role, unit or clearance was changed. */
  ADMINISTRATION,
  /**
   * Something happened that Warta did not do and an auditor must look at (a clearance granted
   * outside Warta).
   */
  ALERT
}
