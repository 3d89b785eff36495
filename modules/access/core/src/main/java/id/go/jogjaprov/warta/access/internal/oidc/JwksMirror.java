package id.go.jogjaprov.warta.access.internal.oidc;

import id.go.jogjaprov.warta.access.internal.concurrent.PlatformScheduler;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the last good copy of Keycloak's signing keys where the API's token check reads them
 * ({@code mp.jwt.verify.publickey.location}, a {@code file:} URL). Payara fetches keys only when a
 * token first arrives and forgets them when a later fetch fails, so a Keycloak outage would turn
 * every still-valid bearer token into a 401. Fetched at start-up and every minute; a failed or
 * malformed fetch leaves the last good set in place, so valid tokens keep working until they
 * expire. With an {@code http} location nothing is mirrored (and an outage rejects tokens).
 */
@ApplicationScoped
class JwksMirror {

  private static final Logger LOG = Logger.getLogger(JwksMirror.class.getName());
  private static final long REFRESH_SECONDS = 60;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  @Inject OidcSettings oidc;
  @Inject VerifiedTokens verifiedTokens;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.publickey.location")
  String location;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started)
      throws NamingException {
    Optional<Path> file = mirrorFile();
    if (file.isEmpty()) {
      LOG.warning(
          "mp.jwt.verify.publickey.location is not a file: URL; bearer tokens stop working while Keycloak is away");
      return;
    }
    refresh(file.get());
    ManagedScheduledExecutorService scheduler = PlatformScheduler.lookup();
    scheduler.scheduleWithFixedDelay(
        () -> refresh(file.get()), REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
  }

  private Optional<Path> mirrorFile() {
    return location != null && location.startsWith("file:")
        ? Optional.of(Path.of(URI.create(location)))
        : Optional.empty();
  }

  void refresh(Path file) {
    try {
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(oidc.getProviderUri() + "/protocol/openid-connect/certs"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Optional<String> keys =
          answer.statusCode() == 200 ? signingKeys(answer.body()) : Optional.empty();
      if (keys.isEmpty()) {
        LOG.warning(
            () ->
                "Keycloak's signing keys not refreshed (HTTP "
                    + answer.statusCode()
                    + "); keeping the last good set");
        return;
      }
      if (Files.exists(file) && Files.readString(file).equals(keys.get())) {
        return;
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path fresh = Files.writeString(file.resolveSibling(file.getFileName() + ".neu"), keys.get());
      Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      // A key may have been withdrawn: what it vouched for must be verified again.
      verifiedTokens.forgetAll();
    } catch (IOException e) {
      LOG.log(
          Level.WARNING,
          "Keycloak unreachable for its signing keys ({0}); keeping the last good set",
          e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The signing keys of a key set, each with only what verifying needs. Payara parses the key set
   * again for every token it checks, so the encryption keys and certificate chains Keycloak also
   * publishes would cost every API request; nothing if the answer holds no signing key.
   */
  static Optional<String> signingKeys(String body) {
    try {
      JsonArrayBuilder kept = Json.createArrayBuilder();
      int count = 0;
      for (JsonObject key :
          Json.createReader(new StringReader(body))
              .readObject()
              .getJsonArray("keys")
              .getValuesAs(JsonObject.class)) {
        if (!"sig".equals(key.getString("use", "sig"))
            || !List.of("RSA", "EC").contains(key.getString("kty", ""))) {
          continue;
        }
        JsonObjectBuilder minimal = Json.createObjectBuilder();
        for (String field : VERIFYING_FIELDS) {
          if (key.containsKey(field)) {
            minimal.add(field, key.get(field));
          }
        }
        kept.add(minimal);
        count++;
      }
      return count == 0
          ? Optional.empty()
          : Optional.of(Json.createObjectBuilder().add("keys", kept).build().toString());
    } catch (RuntimeException malformed) {
      return Optional.empty();
    }
  }

  private static final List<String> VERIFYING_FIELDS =
      List.of("kid", "kty", "alg", "use", "n", "e", "crv", "x", "y");
}
