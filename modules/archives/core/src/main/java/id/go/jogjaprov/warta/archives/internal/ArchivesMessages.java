package id.go.jogjaprov.warta.archives.internal;

import id.go.jogjaprov.warta.kernel.MessageKey;

/** The archives module's sentences for users; texts in the same-named bundle (Indonesian, _en). */
public enum ArchivesMessages implements MessageKey {
  ARCHIVE_RECORD_NOT_FOUND
}
