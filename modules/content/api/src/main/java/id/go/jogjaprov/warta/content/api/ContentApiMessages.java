package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.MessageKey;

/** The content API's sentences for users; texts in the same-named bundle (Indonesian, _en). */
public enum ContentApiMessages implements MessageKey {
  RELEASE_NOT_FOUND,
  RELEASE_ID_REQUIRED,
  ATTACHMENT_NOT_FOUND,
  PUBLIC_FILTER_INVALID,
  PUBLIC_FILTER_DATES_REVERSED
}
