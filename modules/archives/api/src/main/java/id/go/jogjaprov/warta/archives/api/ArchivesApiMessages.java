package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.MessageKey;

/** The archives API's sentences for users; texts in the same-named bundle (Indonesian, _en). */
public enum ArchivesApiMessages implements MessageKey {
  FIELD_SEARCH_WORDS,
  SEARCH_PAGE_TOO_LARGE,
  SEARCH_DATES_REVERSED,
  SEARCH_FILTER_INVALID
}
