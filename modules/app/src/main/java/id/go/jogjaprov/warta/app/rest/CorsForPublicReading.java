package id.go.jogjaprov.warta.app.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Any web page may read the public endpoints (CORS), and only read them: no credentials are allowed
 * across origins, so a page elsewhere never reads anything with an official's session or token, and
 * nothing outside {@code /api/public/} is shared at all.
 */
@Provider
@PreMatching
public class CorsForPublicReading implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String ORIGIN = "Origin";

  /** A browser's preflight before a conditional read ({@code If-None-Match} is not "simple"). */
  @Override
  public void filter(ContainerRequestContext request) {
    if (isPublic(request)
        && request.getMethod().equals(HttpMethod.OPTIONS)
        && request.getHeaderString(ORIGIN) != null) {
      request.abortWith(
          Response.noContent()
              .header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
              .header(
                  "Access-Control-Allow-Headers",
                  "Accept, Accept-Language, If-None-Match, If-Modified-Since")
              .header("Access-Control-Max-Age", "86400")
              .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (isPublic(request) && request.getHeaderString(ORIGIN) != null) {
      response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
      response
          .getHeaders()
          .putSingle("Access-Control-Expose-Headers", "ETag, Last-Modified, Link, X-Total-Count");
    }
  }

  private static boolean isPublic(ContainerRequestContext request) {
    return request.getUriInfo().getPath().startsWith("public/");
  }
}
