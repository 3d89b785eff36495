package id.go.jogjaprov.warta.app.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;

/**
 * Conditional answers for public content, and only for it: an {@code ETag} that is a digest of the
 * very body sent (so any change to what is shown changes it, a withdrawal included), {@code
 * Last-Modified} where one item is shown, and {@code 304 Not Modified} when the reader has it
 * already. {@code Cache-Control: public, no-cache}: caches may keep it but must ask each time, so a
 * release withdrawn or raised above Biasa is never served from a cache once it is gone here.
 */
final class PublicCaching {

  private static final Jsonb JSON = JsonbBuilder.create();

  private PublicCaching() {}

  /** 200 with the body, or 304 when the request's conditions say the reader holds it. */
  static Response.ResponseBuilder respond(
      Request request, Object body, Optional<Instant> lastModified) {
    EntityTag tag = tagOf(body);
    CacheControl revalidate = new CacheControl();
    revalidate.setNoCache(true);
    revalidate.getCacheExtension().put("public", null);
    Response.ResponseBuilder unchanged =
        lastModified.isPresent()
            ? request.evaluatePreconditions(Date.from(lastModified.get()), tag)
            : request.evaluatePreconditions(tag);
    Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(body);
    lastModified.ifPresent(moment -> answer.lastModified(Date.from(moment)));
    return answer.tag(tag).cacheControl(revalidate);
  }

  /** A digest of the body as JSON, in quotes. */
  static EntityTag tagOf(Object body) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(JSON.toJson(body).getBytes(StandardCharsets.UTF_8));
      return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
