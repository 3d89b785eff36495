package id.go.jogjaprov.warta.app.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequiredSettingsTest {

  private static Map<String, String> complete() {
    Map<String, String> settings = new HashMap<>();
    RequiredSettings.REQUIRED.forEach(key -> settings.put(key, "nilai"));
    settings.put("warta.db.user", "warta");
    settings.put("warta.db.owner.user", "warta_owner");
    return settings;
  }

  private static List<String> problems(Map<String, String> settings) {
    return RequiredSettings.problems(key -> Optional.ofNullable(settings.get(key)));
  }

  @Test
  void completeSettingsLetWartaStart() {
    assertEquals(List.of(), problems(complete()));
  }

  @Test
  void aMissingSecretIsNamedWithItsEnvironmentVariable() {
    Map<String, String> settings = complete();
    settings.remove("warta.audit.key");
    settings.put("warta.oidc.client-secret", "  ");
    List<String> problems = problems(settings);
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).contains("warta.oidc.client-secret")
            && problems.get(0).contains("WARTA_OIDC_CLIENT_SECRET"));
    assertTrue(problems.get(1).contains("WARTA_AUDIT_KEY"), problems.get(1));
  }

  @Test
  void theRuntimeRoleMayNotBeTheOwner() {
    Map<String, String> settings = complete();
    settings.put("warta.db.owner.user", "warta");
    assertTrue(problems(settings).get(0).contains("may not own"));
  }

  @Test
  void environmentNamesFollowMicroProfileConfig() {
    assertEquals(
        "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
        RequiredSettings.environmentName("mp.jwt.verify.publickey.location"));
  }
}
