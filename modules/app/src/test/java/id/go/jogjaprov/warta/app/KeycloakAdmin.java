package id.go.jogjaprov.warta.app;

import jakarta.json.Json;
import jakarta.json.JsonArray;
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
import java.util.function.Supplier;

/**
 * Keycloak's own admin API, for tests that act behind Warta's back: as the dev server's bootstrap
 * administrator (master realm), or as whoever holds another token, such as an intruder with the
 * directory service account's leaked secret.
 */
final class KeycloakAdmin {

  static final String SERVER = "http://127.0.0.1:8180";

  private final HttpClient http = HttpClient.newHttpClient();
  private final Supplier<String> token;
  private final String realm;

  /** The bootstrap administrator, on the warta realm. */
  KeycloakAdmin() {
    this("warta", KeycloakAdmin::masterToken);
  }

  KeycloakAdmin(String realm, Supplier<String> token) {
    this.realm = realm;
    this.token = token;
  }

  /** Someone holding a confidential client's secret, acting with its service account. */
  static KeycloakAdmin asClient(String realm, String clientId, String secret) {
    String form =
        "grant_type=client_credentials&client_id="
            + encode(clientId)
            + "&client_secret="
            + encode(secret);
    String token =
        json(send(
                    HttpClient.newHttpClient(),
                    HttpRequest.newBuilder(
                            URI.create(
                                SERVER + "/realms/" + realm + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build())
                .body())
            .getString("access_token");
    return new KeycloakAdmin(realm, () -> token);
  }

  void removeRealmRole(String username, String role) {
    requireSuccess(roleMapping(username, role, "DELETE"));
  }

  void addRealmRole(String username, String role) {
    requireSuccess(roleMapping(username, role, "POST"));
  }

  private static void requireSuccess(int status) {
    if (status >= 300) {
      throw new IllegalStateException("Keycloak answered " + status);
    }
  }

  /** Maps or unmaps a realm role and answers Keycloak's status. */
  int roleMapping(String username, String role, String method) {
    return call(
            method,
            "/users/" + userId(username) + "/role-mappings/realm",
            Json.createArrayBuilder().add(role(role)).build().toString())
        .statusCode();
  }

  /** Sets a user's password and answers Keycloak's status. */
  int resetPassword(String username, String password) {
    return call(
            "PUT",
            "/users/" + userId(username) + "/reset-password",
            Json.createObjectBuilder()
                .add("type", "password")
                .add("value", password)
                .add("temporary", false)
                .build()
                .toString())
        .statusCode();
  }

  String userId(String username) {
    JsonArray users =
        Json.createReader(
                new StringReader(
                    requireOk(call("GET", "/users?exact=true&username=" + encode(username), null))
                        .body()))
            .readArray();
    return users.getJsonObject(0).getString("id");
  }

  /** A role as the realm's role list shows it (readable to the limited directory account too). */
  private JsonObject role(String name) {
    return Json.createReader(
            new StringReader(requireOk(call("GET", "/roles?max=1000", null)).body()))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(r -> r.getString("name").equals(name))
        .findFirst()
        .orElseThrow();
  }

  HttpResponse<String> call(String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(SERVER + "/admin/realms" + (realm.isEmpty() ? "" : "/" + realm) + path))
            .header("Authorization", "Bearer " + token.get());
    request =
        json == null
            ? request.method(method, HttpRequest.BodyPublishers.noBody())
            : request
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    return send(http, request.build());
  }

  /** The master realm's administrator; its tokens live one minute, so a fresh one each time. */
  static String masterToken() {
    return json(send(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(
                        URI.create(SERVER + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                    .build())
            .body())
        .getString("access_token");
  }

  private static HttpResponse<String> requireOk(HttpResponse<String> response) {
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.uri()
              + " answered "
              + response.statusCode());
    }
    return response;
  }

  static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
