package id.go.jogjaprov.warta.app.infrastructure;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Warta carries no secret and no address of its own: every one comes from the environment where it
 * runs (system properties or environment variables; the run command and the tests supply
 * development values). A missing or unsafe setting stops the start with a message naming each one
 * and how to set it, rather than letting Warta run with a default someone could know. A CDI
 * extension (registered in META-INF/services), so that it speaks before the first injection of a
 * missing setting fails with a terser message of its own.
 */
public class RequiredSettings implements Extension {

  static final List<String> REQUIRED =
      List.of(
          "warta.public-url",
          "warta.db.url",
          "warta.db.user",
          "warta.db.password",
          "warta.db.owner.user",
          "warta.db.owner.password",
          "warta.oidc.provider-uri",
          "warta.oidc.client-secret",
          "warta.directory.client-secret",
          "warta.audit.key",
          "warta.audit.anchor-file",
          "warta.seal.private-key",
          "warta.seal.public-key",
          "warta.archives.index-directory",
          "mp.jwt.verify.issuer",
          "mp.jwt.verify.publickey.location");

  void check(@Observes BeforeBeanDiscovery discovery) {
    Config config = ConfigProvider.getConfig();
    List<String> problems = problems(key -> config.getOptionalValue(key, String.class));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Warta cannot start: " + String.join("; ", problems));
    }
  }

  /** What is wrong with the settings {@code lookup} answers; empty when Warta may start. */
  static List<String> problems(Function<String, Optional<String>> lookup) {
    List<String> problems = new ArrayList<>();
    for (String key : REQUIRED) {
      if (lookup.apply(key).filter(value -> !value.isBlank()).isEmpty()) {
        problems.add(
            "the setting "
                + key
                + " is missing (system property "
                + key
                + " or environment variable "
                + environmentName(key)
                + ")");
      }
    }
    Optional<String> runtime = lookup.apply("warta.db.user");
    if (runtime.isPresent() && runtime.equals(lookup.apply("warta.db.owner.user"))) {
      problems.add(
          "warta.db.user must be a role other than warta.db.owner.user: the application may not own"
              + " the tables it writes, or it could rewrite the audit trail");
    }
    return problems;
  }

  /** How MicroProfile Config spells a key as an environment variable. */
  static String environmentName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }
}
