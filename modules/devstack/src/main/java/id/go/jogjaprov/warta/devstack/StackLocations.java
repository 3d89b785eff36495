package id.go.jogjaprov.warta.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where things are: the artifacts Maven resolved, the repository's config, a cache folder. */
final class StackLocations {

  private static final Properties BUILT = load();

  private StackLocations() {}

  static Path keycloakDist() {
    return Path.of(BUILT.getProperty("keycloak.dist"));
  }

  static String keycloakVersion() {
    return BUILT.getProperty("keycloak.version");
  }

  static Path payaraMicro() {
    return Path.of(BUILT.getProperty("payara.micro"));
  }

  static int keycloakPort() {
    return Integer.parseInt(BUILT.getProperty("keycloak.port"));
  }

  /** The repository's {@code config/} folder. */
  static Path configDir() {
    String configured = System.getProperty("warta.config.dir");
    if (configured != null) {
      return Path.of(configured);
    }
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("config/keycloak"))
          && Files.isDirectory(dir.resolve("modules"))) {
        return dir.resolve("config");
      }
    }
    throw new IllegalStateException("Cannot find the repository's config/ folder from " + here);
  }

  /** Kept between runs so that Keycloak is unpacked (and its build step done) once per machine. */
  static Path cacheDir() {
    Path dir = Path.of(System.getProperty("user.home"), ".cache", "warta");
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = StackLocations.class.getResourceAsStream("stack.properties")) {
      properties.load(in);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("stack.properties is missing: build with Maven", e);
    }
    return properties;
  }
}
