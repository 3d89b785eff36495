package id.go.jogjaprov.warta.archives.internal;

import id.go.jogjaprov.warta.kernel.MessageKey;

/** The archives module's sentences for users; texts in the same-named bundle (Indonesian, _en). */
public enum ArchivesMessages implements MessageKey {
  ARCHIVE_RECORD_NOT_FOUND,
  ARCHIVE_RECORD_VIEW_ONLY,
  ARCHIVE_RECORD_DESTROYED,
  ARCHIVIST_ONLY,
  REASON_REQUIRED,
  LEGAL_HOLD_ALREADY,
  LEGAL_HOLD_NONE,
  DESTRUCTION_EMPTY,
  DESTRUCTION_TOO_MANY,
  DESTRUCTION_HELD,
  DESTRUCTION_NOT_DUE,
  DESTRUCTION_OUTSIDE_AGENCY,
  DESTRUCTION_LIST_NOT_FOUND,
  DESTRUCTION_LIST_DECIDED,
  DESTRUCTION_AGENCY_HEAD_ONLY,
  DESTRUCTION_OWN_PROPOSAL,
  DESTRUCTION_NOT_APPROVED
}
