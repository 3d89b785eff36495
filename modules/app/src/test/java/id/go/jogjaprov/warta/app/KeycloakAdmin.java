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

/**
 * What an SSO administrator does in Keycloak's own admin API, for tests that change a user behind
 * Warta's back (the dev server's bootstrap admin, master realm).
 */
final class KeycloakAdmin {

  private static final String SERVER = "http://127.0.0.1:8180";
  private static final String REALM = SERVER + "/admin/realms/warta";

  private final HttpClient http = HttpClient.newHttpClient();

  void removeRealmRole(String username, String role) {
    roleMapping(username, role, "DELETE");
  }

  void addRealmRole(String username, String role) {
    roleMapping(username, role, "POST");
  }

  private void roleMapping(String username, String role, String method) {
    JsonArray users = Json.createReader(new StringReader(
        call("GET", REALM + "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8), null)))
        .readArray();
    String userId = users.getJsonObject(0).getString("id");
    JsonObject roleRepresentation = Json.createReader(new StringReader(call("GET", REALM + "/roles/" + role, null))).readObject();
    call(method, REALM + "/users/" + userId + "/role-mappings/realm",
        Json.createArrayBuilder().add(roleRepresentation).build().toString());
  }

  private String call(String method, String url, String json) {
    // A fresh admin token for every call: the master realm's tokens live one minute.
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + masterToken());
    request = json == null
        ? request.method(method, HttpRequest.BodyPublishers.noBody())
        : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    HttpResponse<String> response = send(request.build());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + url + " answered " + response.statusCode());
    }
    return response.body();
  }

  private String masterToken() {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(SERVER + "/realms/master/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
        .build());
    return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
  }

  private HttpResponse<String> send(HttpRequest request) {
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
