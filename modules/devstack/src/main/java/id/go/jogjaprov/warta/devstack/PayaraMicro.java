package id.go.jogjaprov.warta.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/** Payara Micro serving the WAR at the root of http://127.0.0.1:PORT, with no clustering. */
final class PayaraMicro implements AutoCloseable {

  /** Seals the development audit trail; production sets its own in warta.audit.key. */
  static final String DEV_AUDIT_KEY = "warta-dev-audit-key: only for this machine's stack";

  /**
   * Signs the development stack's approval seals (Ed25519, made with {@code openssl genpkey
   * -algorithm ed25519}); production sets its own pair in warta.seal.private-key and
   * warta.seal.public-key.
   */
  static final String DEV_SEAL_PRIVATE_KEY =
      "MC4CAQAwBQYDK2VwBCIEIDbCBfyrKIyDRlpXhJxhXMBmYoHcAtQPJTPSmrGY2Pw4";

  static final String DEV_SEAL_PUBLIC_KEY =
      "MCowBQYDK2VwAyEA9QuuY20jngRDLt7z8vBjmFHwz7XpUcysotXBLzVi3+M=";

  private final Process process;

  private PayaraMicro(Process process) {
    this.process = process;
  }

  /** The server's process id, to read its memory from outside. */
  long pid() {
    return process.pid();
  }

  static String baseUrl(int port) {
    return "http://127.0.0.1:" + port;
  }

  static PayaraMicro start(Path war, int port, Properties systemProperties) {
    return start(war, port, systemProperties, "payara");
  }

  /** Starts it with its settings and log in the stack's cache directory under {@code workName}. */
  static PayaraMicro start(Path war, int port, Properties systemProperties, String workName) {
    try {
      Path work = StackLocations.cacheDir().resolve(workName);
      Files.createDirectories(work);
      Path properties = writeSystemProperties(work.resolve("warta.properties"), systemProperties);
      Path preBoot = work.resolve("pre-boot.asadmin");
      Files.writeString(preBoot, bindToLoopbackCommand() + "\n");
      Path log = work.resolve("payara.log");
      System.out.println(
          "[warta] Payara Micro: starting on " + baseUrl(port) + " (log: " + log + ")");
      Process process =
          new ProcessBuilder(
                  List.of(
                      "java",
                      "-Xmx768m",
                      "-jar",
                      StackLocations.payaraMicro().toString(),
                      "--deploy",
                      war.toString(),
                      "--contextroot",
                      "/",
                      "--port",
                      String.valueOf(port),
                      "--nocluster",
                      "--prebootcommandfile",
                      preBoot.toString(),
                      "--systemproperties",
                      properties.toString()))
              .directory(work.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      PayaraMicro payara = new PayaraMicro(process);
      try {
        Waiting.until(
            "Payara Micro with Warta",
            Duration.ofMinutes(4),
            () -> Waiting.answers200(baseUrl(port) + "/health/ready"),
            process);
      } catch (RuntimeException e) {
        payara.close();
        throw e;
      }
      return payara;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start Payara Micro", e);
    }
  }

  /** Where Warta anchors the audit trail of the stack whose state lives in {@code stateDir}. */
  static Path auditAnchor(Path stateDir) {
    return stateDir.resolve("audit-anchor");
  }

  /** The asadmin command that keeps the HTTP listener off every interface but loopback. */
  static String bindToLoopbackCommand() {
    return "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1";
  }

  static Path writeSystemProperties(Path file, Properties properties) throws IOException {
    try (var out = Files.newBufferedWriter(file)) {
      properties.store(out, "Warta settings for this Payara Micro");
    }
    return file;
  }

  /**
   * The settings that point Warta at this machine's stack, with the development secrets of the
   * realm in config/keycloak. Warta itself carries none (RequiredSettings).
   */
  static Properties wartaSettings(String database, String publicUrl, Path stateDir) {
    Properties settings = new Properties();
    settings.setProperty("warta.public-url", publicUrl);
    settings.setProperty("warta.db.url", Postgres.url(database));
    settings.setProperty("warta.db.user", Postgres.USER);
    settings.setProperty("warta.db.password", Postgres.PASSWORD);
    settings.setProperty("warta.db.owner.user", Postgres.OWNER);
    settings.setProperty("warta.db.owner.password", Postgres.OWNER_PASSWORD);
    settings.setProperty("warta.audit.key", DEV_AUDIT_KEY);
    settings.setProperty("warta.audit.anchor-file", auditAnchor(stateDir).toString());
    settings.setProperty("warta.seal.private-key", DEV_SEAL_PRIVATE_KEY);
    settings.setProperty("warta.seal.public-key", DEV_SEAL_PUBLIC_KEY);
    // The archive search index belongs with its database: a new database, a new state directory.
    settings.setProperty(
        "warta.archives.index-directory", stateDir.resolve("archive-index").toString());
    settings.setProperty("warta.oidc.client-secret", "warta-web-dev-secret");
    settings.setProperty("warta.directory.client-secret", "warta-directory-dev-secret");
    settings.setProperty("warta.oidc.provider-uri", Keycloak.realmUrl());
    settings.setProperty("mp.jwt.verify.issuer", Keycloak.realmUrl());
    // Warta keeps the last good copy of Keycloak's signing keys here (JwksMirror).
    settings.setProperty(
        "mp.jwt.verify.publickey.location",
        stateDir.resolve("keycloak-jwks.json").toUri().toString());
    return settings;
  }

  /** Kills Payara Micro at once (SIGKILL), as a power cut or {@code kill -9} would: no shutdown. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    Processes.stop("Payara Micro", process);
  }
}
