package id.go.jogjaprov.warta.access.internal.audit;

import java.util.List;
import java.util.Set;

/**
 * Where a request came from, for the audit trail. Behind a reverse proxy the connection comes from
 * the proxy, which names the client in {@code X-Forwarded-For}; that header is believed only when
 * the connection comes from a proxy configured as trusted ({@code warta.proxy.trusted-addresses}),
 * and then the address is the last one in it that is not itself a trusted proxy. Anyone else could
 * write any address there.
 */
final class ClientAddress {

  private ClientAddress() {}

  static String of(String connectedFrom, String forwardedFor, Set<String> trustedProxies) {
    if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(connectedFrom)) {
      return connectedFrom;
    }
    List<String> hops = List.of(forwardedFor.split(","));
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i).strip();
      if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
        return hop.length() > 100 ? hop.substring(0, 100) : hop;
      }
    }
    return connectedFrom;
  }
}
