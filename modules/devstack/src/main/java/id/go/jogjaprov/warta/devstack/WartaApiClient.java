package id.go.jogjaprov.warta.devstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calls Warta's JSON API as a demo official, with a real access token from Keycloak (the {@code
 * warta-cli} client's password grant, meant for tests and scripts only).
 */
public final class WartaApiClient {

  public static final String DEMO_PASSWORD = "warta-demo";
  private static final String CLI_CLIENT = "warta-cli";
  private static final String CLI_SECRET = "warta-cli-dev-secret";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String baseUrl;
  private final String acceptLanguage;

  public WartaApiClient(String baseUrl) {
    this(baseUrl, null);
  }

  private WartaApiClient(String baseUrl, String acceptLanguage) {
    this.baseUrl = baseUrl;
    this.acceptLanguage = acceptLanguage;
  }

  /** The same client, asking for answers in {@code acceptLanguage} (an Accept-Language value). */
  public WartaApiClient speaking(String acceptLanguage) {
    return new WartaApiClient(baseUrl, acceptLanguage);
  }

  /** A fresh access token for a demo user. */
  public static String accessToken(String username) {
    String form =
        Map.of(
                "grant_type", "password",
                "client_id", CLI_CLIENT,
                "client_secret", CLI_SECRET,
                "username", username,
                "password", DEMO_PASSWORD,
                "scope", "openid")
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    var request =
        HttpRequest.newBuilder(URI.create(Keycloak.realmUrl() + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    Response response = send(request);
    if (response.status() != 200) {
      throw new IllegalStateException("No token for " + username + ": HTTP " + response.status());
    }
    return response.json().getString("access_token");
  }

  public Response get(String path, String token) {
    return send(authorized(path, token).GET().build());
  }

  /** A read with headers of its own ({@code If-None-Match}, {@code Origin}…). */
  public Response get(String path, String token, Map<String, String> headers) {
    var request = authorized(path, token).GET();
    headers.forEach(request::header);
    return send(request.build());
  }

  /** What a browser asks before a cross-origin request (a CORS preflight), anonymously. */
  public Response options(String path, Map<String, String> headers) {
    var request = authorized(path, null).method("OPTIONS", HttpRequest.BodyPublishers.noBody());
    headers.forEach(request::header);
    return send(request.build());
  }

  public Response post(String path, String token, String json) {
    return withJson("POST", path, token, json, null);
  }

  /** A change to the version named by {@code ifMatch} (an ETag as read, e.g. {@code "7"}). */
  public Response post(String path, String token, String json, String ifMatch) {
    return withJson("POST", path, token, json, ifMatch);
  }

  public Response put(String path, String token, String json) {
    return withJson("PUT", path, token, json, null);
  }

  /** A change to the version named by {@code ifMatch} (an ETag as read, e.g. {@code "7"}). */
  public Response put(String path, String token, String json, String ifMatch) {
    return withJson("PUT", path, token, json, ifMatch);
  }

  private Response withJson(String method, String path, String token, String json, String ifMatch) {
    var request =
        authorized(path, token)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json));
    return send(ifMatch == null ? request.build() : request.header("If-Match", ifMatch).build());
  }

  /** Sends a body exactly as given, byte for byte (for malformed input). */
  public Response send(String method, String path, String token, byte[] body) {
    return send(
        authorized(path, token)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /** Sends a file as the request body, with its own media type. */
  public Response upload(String path, String token, String mediaType, byte[] content) {
    return send(
        authorized(path, token)
            .header("Content-Type", mediaType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(content))
            .build());
  }

  /** A file as it is served, byte for byte. */
  public HttpResponse<byte[]> download(String path, String token) {
    try {
      return HTTP.send(
          authorized(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder authorized(String path, String token) {
    var builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    if (acceptLanguage != null) {
      builder.header("Accept-Language", acceptLanguage);
    }
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }

  private static Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An HTTP answer: status, headers, body. */
  public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

    public JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    /** Every value of a header that may repeat (such as {@code Link}). */
    public java.util.List<String> headerValues(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .toList();
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }
}
