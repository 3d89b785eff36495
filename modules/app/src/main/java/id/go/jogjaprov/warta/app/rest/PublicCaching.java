package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.PublicContent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Conditional answers of the public API, cached as {@link PublicContent} says: an {@code ETag} that
 * is a digest of the body as JSON, {@code Last-Modified} where one item is shown, and {@code 304
 * Not Modified} when the reader has it already.
 */
final class PublicCaching {

  private static final Jsonb JSON = JsonbBuilder.create();

  private PublicCaching() {}

  /** 200 with the body, or 304 when the request's conditions say the reader holds it. */
  static Response.ResponseBuilder respond(
      Request request, Object body, Optional<Instant> lastModified) {
    EntityTag tag =
        new EntityTag(PublicContent.tagOf(JSON.toJson(body).getBytes(StandardCharsets.UTF_8)));
    Response.ResponseBuilder unchanged =
        lastModified.isPresent()
            ? request.evaluatePreconditions(Date.from(lastModified.get()), tag)
            : request.evaluatePreconditions(tag);
    Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(body);
    lastModified.ifPresent(moment -> answer.lastModified(Date.from(moment)));
    return answer.tag(tag).header("Cache-Control", PublicContent.CACHE_CONTROL);
  }
}
