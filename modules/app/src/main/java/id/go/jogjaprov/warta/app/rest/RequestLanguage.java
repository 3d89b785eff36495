package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.kernel.MessageKey;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * The language an API answer speaks: the first of the client's Accept-Language that Warta speaks.
 */
final class RequestLanguage {

  private RequestLanguage() {}

  static Locale of(HttpHeaders headers) {
    return headers == null ? MessageKey.INDONESIAN : of(headers.getAcceptableLanguages());
  }

  static Locale of(List<Locale> acceptable) {
    return MessageKey.firstSpoken(acceptable);
  }
}
