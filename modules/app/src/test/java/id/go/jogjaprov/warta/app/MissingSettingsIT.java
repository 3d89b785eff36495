package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Warta carries no secret of its own: started without one, the real Payara Micro refuses to run it
 * and says which setting is missing and how to set it, instead of running with a default.
 */
class MissingSettingsIT {

  @Test
  void withoutTheAuditKeyAndTheClientSecretWartaDoesNotStartAndNamesBoth() throws Exception {
    Path work =
        Files.createTempDirectory(
            Path.of(System.getProperty("java.io.tmpdir")), "missing-settings");
    Properties settings = new Properties();
    try (var in =
        Files.newBufferedReader(
            Path.of(System.getProperty("java.io.tmpdir"), "warta-it.properties"))) {
      settings.load(in);
    }
    settings.remove("warta.audit.key");
    settings.remove("warta.oidc.client-secret");
    Path file = work.resolve("settings.properties");
    try (var out = Files.newBufferedWriter(file)) {
      settings.store(out, "the tests' settings without two secrets");
    }
    Path log = work.resolve("payara.log");
    Process payara =
        new ProcessBuilder(
                List.of(
                    "java",
                    "-Xmx512m",
                    "-jar",
                    System.getProperty("payara.microJar"),
                    "--deploy",
                    System.getProperty("warta.war"),
                    "--nocluster",
                    "--port",
                    "8299",
                    "--prebootcommandfile",
                    Path.of(System.getProperty("java.io.tmpdir"), "warta-it-pre-boot.asadmin")
                        .toString(),
                    "--systemproperties",
                    file.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      String output = "";
      for (int i = 0; i < 240 && !output.contains("ready in"); i++) {
        Thread.sleep(500);
        output = read(log);
      }
      assertTrue(
          output.contains("Warta cannot start"), "the start is refused with Warta's own message");
      assertTrue(
          output.contains("warta.audit.key") && output.contains("WARTA_AUDIT_KEY"),
          "names the audit key");
      assertTrue(output.contains("WARTA_OIDC_CLIENT_SECRET"), "names the client secret");
      assertFalse(output.contains("Schema access"), "nothing ran: not even the migrations");
    } finally {
      payara.destroy();
      payara.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static String read(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }
}
