package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.MessageKey;

/** Why a row of an import became no record; texts in the same-named bundle (Indonesian, _en). */
public enum ImportProblem implements MessageKey {
  KEY_MISSING,
  KEY_REPEATED,
  NOT_PUBLISHED,
  PASSWORD_PROTECTED,
  TITLE_MISSING,
  BODY_MISSING,
  TOO_LONG,
  DATE_UNREADABLE,
  UNIT_INVALID,
  TYPE_UNKNOWN,
  LANGUAGE_UNKNOWN,
  CLASSIFICATION_UNKNOWN,
  ABOVE_CLEARANCE,
  PUBLIC_UNREADABLE,
  SUBJECT_CODE_UNKNOWN,
  RETENTION_CODE_UNKNOWN,
  COLUMNS_MISMATCH,
  REVIEW_NOT_CLASSIFIED,
  REVIEW_DATE_UNREADABLE,
  /** Not a row's rejection: an image an imported post shows that its uploads do not hold. */
  IMAGE_MISSING
}
