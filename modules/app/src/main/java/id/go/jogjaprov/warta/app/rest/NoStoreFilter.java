package id.go.jogjaprov.warta.app.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Nothing an official reads through the API may be kept by a browser or proxy cache; only the
 * public endpoints may be cached.
 */
@Provider
public class NoStoreFilter implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!request.getUriInfo().getPath().startsWith("public/")) {
      response.getHeaders().putSingle("Cache-Control", "no-store");
    }
  }
}
