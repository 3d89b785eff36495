package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.jogjaprov.warta.devstack.WartaApiClient;
import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test class shares: the WAR exactly as built, deployed to its own Payara
 * Micro, called from outside as a client with real Keycloak tokens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class WartaIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return WartaDeployment.war();
  }

  final WartaApiClient api = new WartaApiClient(WartaDeployment.baseUrl());

  /** A fresh token: each reflects the user's roles in Keycloak now. */
  static String token(String user) {
    return WartaApiClient.accessToken(user);
  }

  /** Creates a draft as {@code author} in their own unit and answers it as JSON. */
  JsonObject createDraft(String author, String classification, String title, String body) {
    JsonObject draft =
        Json.createObjectBuilder()
            .add("type", "PRESS_RELEASE")
            .add("title", title)
            .add("lead", "Teras berita untuk uji.")
            .add("body", body)
            .add("classification", classification)
            .build();
    Response created = api.post("/api/releases", token(author), draft.toString());
    assertEquals(201, created.status(), created.body());
    return created.json();
  }
}
