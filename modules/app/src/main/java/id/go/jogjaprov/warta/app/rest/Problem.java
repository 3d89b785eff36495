package id.go.jogjaprov.warta.app.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem details body. Its texts never carry the content of a classified item. The
 * extension member {@code field} names the input at fault, when one is.
 */
public record Problem(String type, String title, int status, String detail, String field) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Response response(int status, String title, String detail) {
    return response(status, title, detail, null);
  }

  public static Response response(int status, String title, String detail, String field) {
    return Response.status(status)
        .type(MediaType.valueOf(MEDIA_TYPE))
        .header("Cache-Control", "no-store")
        .entity(new Problem("about:blank", title, status, detail, field))
        .build();
  }
}
