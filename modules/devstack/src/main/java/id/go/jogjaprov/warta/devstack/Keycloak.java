package id.go.jogjaprov.warta.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The real Keycloak server on 127.0.0.1, from Maven Central's distribution zip, with the realm in
 * {@code config/keycloak/} imported afresh at every start (its dev database is thrown away). Reuses
 * a Keycloak that already serves the realm.
 */
final class Keycloak implements AutoCloseable {

  static final String REALM = "warta";

  private final Process process;

  private Keycloak(Process process) {
    this.process = process;
  }

  static String realmUrl() {
    return "http://127.0.0.1:" + StackLocations.keycloakPort() + "/realms/" + REALM;
  }

  static Keycloak ensure() {
    if (Waiting.answers200(wellKnownUrl())) {
      System.out.println("[warta] Keycloak: using the one already serving " + realmUrl());
      return new Keycloak(null);
    }
    return start(true);
  }

  /** Whether this stack started the Keycloak it uses (and so may stop and start it). */
  boolean startedHere() {
    return process != null;
  }

  /**
   * Starts Keycloak again after {@link #close}, keeping its database and so the realm's signing
   * keys.
   */
  Keycloak restarted() {
    return start(false);
  }

  private static String wellKnownUrl() {
    return realmUrl() + "/.well-known/openid-configuration";
  }

  private static Keycloak start(boolean freshRealm) {
    String wellKnown = wellKnownUrl();
    Path home = unpacked();
    try {
      if (freshRealm) {
        deleteTree(home.resolve("data/h2"));
      }
      Path imports = Files.createDirectories(home.resolve("data/import"));
      Files.copy(
          StackLocations.configDir().resolve("keycloak/warta-realm.json"),
          imports.resolve("warta-realm.json"),
          StandardCopyOption.REPLACE_EXISTING);
      Path log = StackLocations.cacheDir().resolve("keycloak.log");
      System.out.println(
          "[warta] Keycloak: starting on 127.0.0.1:"
              + StackLocations.keycloakPort()
              + " (log: "
              + log
              + ")");
      ProcessBuilder builder =
          new ProcessBuilder(
                  "bash",
                  "bin/kc.sh",
                  "start-dev",
                  "--http-host",
                  "127.0.0.1",
                  "--http-port",
                  String.valueOf(StackLocations.keycloakPort()),
                  "--hostname",
                  "http://127.0.0.1:" + StackLocations.keycloakPort(),
                  "--import-realm")
              .directory(home.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
      builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
      Process process = builder.start();
      Keycloak keycloak = new Keycloak(process);
      try {
        Waiting.until(
            "Keycloak", Duration.ofMinutes(4), () -> Waiting.answers200(wellKnown), process);
      } catch (RuntimeException e) {
        keycloak.close();
        throw e;
      }
      return keycloak;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start Keycloak", e);
    }
  }

  /** Unpacks the distribution once per machine and version. */
  private static Path unpacked() {
    Path home = StackLocations.cacheDir().resolve("keycloak-" + StackLocations.keycloakVersion());
    if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
      return home;
    }
    Path staging = StackLocations.cacheDir().resolve("keycloak-unpacking");
    try {
      deleteTree(staging);
      try (InputStream in = Files.newInputStream(StackLocations.keycloakDist());
          ZipInputStream zip = new ZipInputStream(in)) {
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
          // The zip holds one top folder, keycloak-<version>/; drop it.
          String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
          Path target = staging.resolve(name).normalize();
          if (name.isEmpty() || !target.startsWith(staging)) {
            continue;
          }
          if (entry.isDirectory()) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            Files.copy(zip, target);
          }
        }
      }
      Files.move(staging, home);
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not unpack Keycloak", e);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Override
  public void close() {
    if (process != null) {
      Processes.stop("Keycloak", process);
    }
  }
}
