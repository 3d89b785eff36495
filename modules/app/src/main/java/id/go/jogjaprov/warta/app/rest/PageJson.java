package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.kernel.Page;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * The one shape of every list the API answers: the page asked for, its size, the total of what the
 * caller may see, and the items; {@code Link} headers (RFC 8288) name the first, previous, next and
 * last pages, relative to the request so that no Host header shapes them.
 */
public record PageJson<T>(int page, int size, long total, List<T> items) {

  static <S, T> Response of(Page<S> page, Function<? super S, ? extends T> mapper, UriInfo uri) {
    return withLinks(
        Response.ok(
            new PageJson<T>(
                page.request().page(),
                page.request().size(),
                page.total(),
                page.items().stream().<T>map(mapper).toList())),
        page,
        uri);
  }

  /** Adds the paging headers of {@code page} to a response whose body speaks the same scheme. */
  static Response withLinks(Response.ResponseBuilder response, Page<?> page, UriInfo uri) {
    return withLinks(response, page, uri.getRequestUriBuilder());
  }

  /** The paging headers as links to {@code uri} with another page. */
  static Response withLinks(Response.ResponseBuilder response, Page<?> page, UriBuilder uri) {
    int current = page.request().page();
    link(response, uri, page, 0, "first");
    if (current > 0) {
      link(response, uri, page, Math.min(current - 1, page.lastPage()), "prev");
    }
    if (page.hasNext()) {
      link(response, uri, page, current + 1, "next");
    }
    link(response, uri, page, page.lastPage(), "last");
    return response.header("X-Total-Count", page.total()).build();
  }

  private static void link(
      Response.ResponseBuilder response, UriBuilder uri, Page<?> page, int target, String rel) {
    URI absolute =
        uri.clone()
            .replaceQueryParam("page", target)
            .replaceQueryParam("size", page.request().size())
            .build();
    response.header(
        "Link",
        "<" + absolute.getRawPath() + "?" + absolute.getRawQuery() + ">; rel=\"" + rel + "\"");
  }
}
