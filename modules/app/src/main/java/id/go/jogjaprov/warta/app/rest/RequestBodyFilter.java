package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.kernel.KernelMessages;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON request bodies are bounded and must be valid UTF-8 (RFC 8259 allows nothing else). The JSON
 * reader would silently turn malformed bytes into replacement characters and store them; here they
 * are refused with 400 before anything is read, and an oversized body with 413.
 */
@Provider
public class RequestBodyFilter implements ContainerRequestFilter {

  /**
   * Far above the largest release (200,000 characters of body), far below what hurts the server.
   */
  static final int MAX_BYTES = 2 * 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!request.hasEntity() || !isJson(request.getMediaType())) {
      // Files (attachments) are bounded by the resource that reads them, at their own limit.
      return;
    }
    byte[] body;
    try (InputStream in = request.getEntityStream()) {
      body = in.readNBytes(MAX_BYTES + 1);
    }
    if (body.length > MAX_BYTES) {
      request.abortWith(
          Problem.response(
              ProblemType.PAYLOAD_TOO_LARGE,
              RequestLanguage.of(request.getAcceptableLanguages()),
              AppMessages.BODY_TOO_LARGE_TITLE,
              null,
              AppMessages.BODY_TOO_LARGE,
              MAX_BYTES / (1024 * 1024)));
      return;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
    } catch (CharacterCodingException e) {
      request.abortWith(
          Problem.response(
              ProblemType.MALFORMED_BODY,
              RequestLanguage.of(request.getAcceptableLanguages()),
              KernelMessages.TITLE_INVALID_INPUT,
              null,
              AppMessages.BODY_NOT_UTF8));
      return;
    }
    request.setEntityStream(new ByteArrayInputStream(body));
  }

  private static boolean isJson(MediaType type) {
    return type == null
        || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
        || type.getSubtype().endsWith("+json");
  }
}
