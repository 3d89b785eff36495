package id.go.jogjaprov.warta.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Links that carry what a page was asked as query parameters: permalinks of searches and lists. */
final class QueryLinks {

  private QueryLinks() {}

  /** {@code target} with the parameters, in their order, each value URL-encoded. */
  static String of(String target, Map<String, String> parameters) {
    return target
        + (parameters.isEmpty() ? "" : "?")
        + parameters.entrySet().stream()
            .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }
}
