package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production realm template (config/keycloak/warta-realm-production.json), imported into the
 * real Keycloak beside the development realm: no demo users, no password grant, OTP for
 * administrators and holders of Rahasia clearance, and a directory service account that cannot make
 * anyone an administrator or take over an administrator's account, even with its secret.
 */
class ProductionRealmIT {

  private static final String REALM = "warta-produksi-uji";
  private static final String BASE_URL = "http://127.0.0.1:8280/warta";
  private static final String DIRECTORY_SECRET = "rahasia-direktori-uji-yang-panjang";
  private static final String PASSWORD = "Sandi-Uji-Yang-Panjang-2026";
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  private static final KeycloakAdmin ADMIN = new KeycloakAdmin(REALM, KeycloakAdmin::masterToken);
  private static final KeycloakAdmin MASTER = new KeycloakAdmin("", KeycloakAdmin::masterToken);

  /** Imports the template as `kc.sh --import-realm` would, with the settings it names supplied. */
  @BeforeAll
  static void importTheTemplate() throws IOException {
    String template =
        Files.readString(
                Path.of(
                    System.getProperty("warta.config.dir"), "keycloak/warta-realm-production.json"))
            .replace("${WARTA_WEB_CLIENT_SECRET}", "rahasia-web-uji-yang-panjang")
            .replace("${WARTA_DIRECTORY_CLIENT_SECRET}", DIRECTORY_SECRET)
            .replace("${WARTA_BASE_URL}", BASE_URL)
            .replaceFirst("\"realm\"\\s*:\\s*\"warta\"", "\"realm\": \"" + REALM + "\"");
    assertFalse(
        template.contains("${"), "every placeholder of the template is documented and supplied");
    var created = MASTER.call("POST", "", template);
    assertEquals(201, created.statusCode(), created.body());
    createUser("admin.produksi", "admin", true);
    createUser("kabid.produksi", "clearance-sangat-rahasia", false);
    createUser("staf.produksi", "staff", false);
  }

  @AfterAll
  static void removeIt() {
    MASTER.call("DELETE", "/" + REALM, null);
  }

  @Test
  void theTemplateHasNoDemoUsersNoPasswordGrantAndRequiresTls() {
    var realm = KeycloakAdmin.json(MASTER.call("GET", "/" + REALM, null).body());
    assertEquals("external", realm.getString("sslRequired"));
    assertTrue(realm.getBoolean("bruteForceProtected"));
    assertTrue(realm.getString("passwordPolicy").contains("length(12)"));
    var users = ADMIN.call("GET", "/users?max=100", null).body();
    assertFalse(users.contains("staf.humas") || users.contains("admin.sso"), "no demo user");
    var clients =
        Json.createReader(new java.io.StringReader(ADMIN.call("GET", "/clients", null).body()))
            .readArray()
            .getValuesAs(jakarta.json.JsonObject.class);
    assertTrue(
        clients.stream().noneMatch(c -> c.getString("clientId").equals("warta-cli")),
        "no client for scripts");
    assertTrue(
        clients.stream()
            .filter(c -> c.getString("clientId").startsWith("warta-"))
            .noneMatch(c -> c.getBoolean("directAccessGrantsEnabled")),
        "no Warta client takes passwords directly");
  }

  @Test
  void anAdministratorMustSetUpOtpToSignIn() {
    String page = signIn("admin.produksi");
    assertTrue(page.contains("kc-totp-settings"), "OTP setup is required: " + page);
  }

  @Test
  void aHolderOfSangatRahasiaClearanceMustSetUpOtpToSignIn() {
    String page = signIn("kabid.produksi");
    assertTrue(
        page.contains("kc-totp-settings"),
        "the composite carries Rahasia, and with it OTP: " + page);
  }

  @Test
  void staffWithoutClearanceSignInWithTheirPasswordAlone() {
    String landed = signIn("staf.produksi");
    assertTrue(landed.startsWith(BASE_URL + "/callback") && landed.contains("code="), landed);
  }

  @Test
  void theDirectoryAccountWithItsSecretCannotMakeAnAdministratorOrTakeOneOver() {
    KeycloakAdmin intruder = KeycloakAdmin.asClient(REALM, "warta-directory", DIRECTORY_SECRET);
    assertEquals(403, intruder.roleMapping("staf.produksi", "admin", "POST"), "never maps admin");
    assertEquals(
        403,
        intruder.resetPassword("admin.produksi", "Diambil-Alih-Penyusup-2026"),
        "never resets an administrator");
    assertEquals(
        204,
        intruder.roleMapping("staf.produksi", "department-head", "POST"),
        "still does what Warta needs");
  }

  private static void createUser(String username, String role, boolean protectedAccount) {
    var user =
        Json.createObjectBuilder()
            .add("username", username)
            .add("enabled", true)
            .add("firstName", "Uji")
            .add("lastName", "Produksi")
            .add("email", username + "@jogjaprov.go.id")
            .add("emailVerified", true)
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", PASSWORD)
                            .add("temporary", false)));
    if (protectedAccount) {
      user.add("groups", Json.createArrayBuilder().add("/protected-accounts"));
    }
    var created = ADMIN.call("POST", "/users", user.build().toString());
    assertEquals(201, created.statusCode(), created.body());
    ADMIN.roleMapping(username, role, "POST");
  }

  /**
   * Signs in with Keycloak's real login form, as the browser would for Warta's web client, and
   * answers where that leaves the user: the page Keycloak shows next, or the address it sends the
   * browser back to.
   */
  private static String signIn(String username) {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(
                new CookieManager(new PageSession.LoopbackCookieStore(), CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String auth =
        KeycloakAdmin.SERVER
            + "/realms/"
            + REALM
            + "/protocol/openid-connect/auth?client_id=warta-web"
            + "&response_type=code&scope=openid&redirect_uri="
            + encode(BASE_URL + "/callback");
    HttpResponse<String> form =
        send(browser, HttpRequest.newBuilder(URI.create(auth)).GET().build());
    Matcher action = FORM_ACTION.matcher(form.body());
    assertTrue(action.find(), "Keycloak's login form");
    HttpResponse<String> answer =
        send(
            browser,
            HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + encode(username) + "&password=" + encode(PASSWORD)))
                .build());
    while (answer.statusCode() == 302) {
      String location = answer.headers().firstValue("Location").orElseThrow();
      if (!location.startsWith(KeycloakAdmin.SERVER)) {
        return location;
      }
      answer = send(browser, HttpRequest.newBuilder(URI.create(location)).GET().build());
    }
    return answer.body();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
