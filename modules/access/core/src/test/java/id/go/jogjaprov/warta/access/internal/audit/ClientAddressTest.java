package id.go.jogjaprov.warta.access.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final Set<String> PROXY = Set.of("10.0.0.5");

  @Test
  void withoutAProxyTheConnectionIsTheClient() {
    assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", null, PROXY));
  }

  @Test
  void behindTheTrustedProxyTheForwardedClientIsRecorded() {
    assertEquals("203.0.113.7", ClientAddress.of("10.0.0.5", "203.0.113.7", PROXY));
  }

  @Test
  void aLineTheClientSentBeforeTheProxysIsNotBelieved() {
    String lines = String.join(",", java.util.List.of("198.51.100.1", "203.0.113.7"));
    assertEquals("203.0.113.7", ClientAddress.of("10.0.0.5", lines, PROXY));
  }

  @Test
  void anAddressTheClientWroteItselfIsNotBelieved() {
    assertEquals(
        "203.0.113.7",
        ClientAddress.of("10.0.0.5", "198.51.100.1, 203.0.113.7", PROXY),
        "the proxy appends the real client last; what the client sent before it is ignored");
    assertEquals(
        "203.0.113.9",
        ClientAddress.of("203.0.113.9", "198.51.100.1", PROXY),
        "a client talking to Warta directly cannot name another address");
  }
}
