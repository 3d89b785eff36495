package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.content.api.Overlap;
import id.go.jogjaprov.warta.kernel.MessageKey;
import id.go.jogjaprov.warta.workflow.api.LeakSuspectedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem details body. Its texts never carry the content of a classified item; the
 * leak check's overlaps quote classified passages only to a caller who may read them. {@code type}
 * names the kind of problem ({@link ProblemType}; {@code about:blank} for the framework's own
 * answers, whose status says it all); the extension member {@code field} names the input at fault,
 * when one is. Title and detail speak the client's language ({@code Content-Language} says which).
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String field,
    List<OverlapJson> overlaps,
    Boolean overridable) {

  /**
   * A passage the leak check stopped (problem type leak-suspected): the classified side named only
   * where the caller may read it.
   */
  public record OverlapJson(
      String passage,
      int similarityPercent,
      String classification,
      String unit,
      String source,
      String sourceTitle,
      String sourcePassage) {

    static OverlapJson of(Overlap overlap) {
      return new OverlapJson(
          overlap.passage(),
          overlap.similarityPercent(),
          overlap.level().name(),
          overlap.unit().value(),
          overlap.source().map(Object::toString).orElse(null),
          overlap.sourceTitle().orElse(null),
          overlap.sourcePassage().orElse(null));
    }
  }

  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem of Warta's own, its title and detail in {@code locale}. */
  static Response response(
      ProblemType type,
      Locale locale,
      MessageKey title,
      String field,
      MessageKey detail,
      Object... arguments) {
    return response(type, locale, title.in(locale), detail.in(locale, arguments), field);
  }

  /** A file above its limit (413), the limit named in MiB. */
  static Response fileTooLarge(Locale locale, long maxBytes) {
    return response(
        ProblemType.PAYLOAD_TOO_LARGE,
        locale,
        AppMessages.FILE_TOO_LARGE_TITLE,
        "file",
        AppMessages.FILE_TOO_LARGE,
        maxBytes / (1024 * 1024));
  }

  static Response response(
      ProblemType type, Locale locale, String title, String detail, String field) {
    return Response.fromResponse(
            response(type.type().toString(), type.status(), title, detail, field))
        .header(HttpHeaders.CONTENT_LANGUAGE, MessageKey.spokenOr(locale).toLanguageTag())
        .build();
  }

  /** An answer of the framework's own (an unknown path, a wrong method): {@code about:blank}. */
  static Response plain(int status, String title) {
    return response("about:blank", status, title, null, null);
  }

  private static Response response(
      String type, int status, String title, String detail, String field) {
    return Response.status(status)
        .type(MediaType.valueOf(MEDIA_TYPE))
        .header("Cache-Control", "no-store")
        .entity(new Problem(type, title, status, detail, field, null, null))
        .build();
  }

  /** The leak check stopped a publication: what resembles what, as far as the caller may see. */
  static Response leakSuspected(Locale locale, LeakSuspectedException e) {
    ProblemType type = ProblemType.LEAK_SUSPECTED;
    return Response.status(type.status())
        .type(MediaType.valueOf(MEDIA_TYPE))
        .header("Cache-Control", "no-store")
        .header(HttpHeaders.CONTENT_LANGUAGE, MessageKey.spokenOr(locale).toLanguageTag())
        .entity(
            new Problem(
                type.type().toString(),
                e.title(locale),
                type.status(),
                e.message(locale),
                null,
                e.overlaps().stream().map(OverlapJson::of).toList(),
                e.overridable()))
        .build();
  }
}
