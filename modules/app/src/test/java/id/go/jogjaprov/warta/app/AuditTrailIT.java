package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.TestStack;
import id.go.jogjaprov.warta.devstack.WartaApiClient;
import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit trail records who opened and decided what, shows it to auditors, and betrays tampering. */
class AuditTrailIT extends WartaIT {



  private String createTerbatas(String marker) {
    return createDraft("staf.humas", "TERBATAS", "Catatan " + marker, "Isi " + marker).getString("id");
  }

  private List<JsonObject> entriesFor(String id) {
    Response audit = api.get("/api/audit?item=" + id, WartaApiClient.accessToken("auditor.inspektorat"));
    assertEquals(200, audit.status(), audit.body());
    return audit.json().getJsonArray("entries").getValuesAs(JsonObject.class);
  }

  @Test
  void openingClassifiedWorkIsRecordedAndTheAuthorSeesWhoOpenedIt() {
    String marker = "audit" + UUID.randomUUID().toString().substring(0, 8);
    String id = createTerbatas(marker);
    assertEquals(200, api.get("/api/releases/" + id, WartaApiClient.accessToken("kabid.humas")).status());

    List<JsonObject> entries = entriesFor(id);
    assertEquals(1, entries.size());
    JsonObject read = entries.get(0);
    assertEquals("READ", read.getString("action"));
    assertEquals("kabid.humas", read.getString("actor"));
    assertEquals("TERBATAS", read.getString("classification"));
    assertEquals("127.0.0.1", read.getString("origin"));
    assertFalse(entries.toString().contains(marker), "the trail never quotes the item");

    Response readers = api.get("/api/releases/" + id + "/readers", WartaApiClient.accessToken("staf.humas"));
    assertTrue(readers.body().contains("kabid.humas"), readers.body());
    Response notAuthor = api.get("/api/releases/" + id + "/readers", WartaApiClient.accessToken("kabid.humas"));
    assertEquals(0, notAuthor.json().getJsonNumber("total").longValue(), "only the author is told");
  }

  @Test
  void decisionsAreRecordedWithTheirDetailWithheldFromAnAuditorBelowTheLevel() {
    String id = createTerbatas("keputusan" + UUID.randomUUID().toString().substring(0, 8));
    assertEquals(200, api.post("/api/releases/" + id + "/submit", WartaApiClient.accessToken("staf.humas"), "{}").status());
    assertEquals(200, api.post("/api/releases/" + id + "/decisions", WartaApiClient.accessToken("kabid.humas"),
        "{\"decision\":\"APPROVE\"}").status());

    JsonObject decision = entriesFor(id).stream().filter(e -> e.getString("action").equals("DECISION")).findFirst().orElseThrow();
    assertEquals("kabid.humas", decision.getString("actor"));
    assertTrue(decision.getBoolean("detailWithheld"), "the auditor holds no Terbatas clearance");
    assertEquals("", decision.getString("detail"));
  }

  @Test
  void aPrivilegedBrowserSignInIsRecordedOncePerSession() {
    int before = privilegedSignIns("admin.sso");
    PageSession admin = PageSession.signedIn("admin.sso");
    admin.get("/app/dashboard.xhtml");
    admin.get("/app/dashboard.xhtml");
    assertEquals(before + 1, privilegedSignIns("admin.sso"));
    int staffBefore = privilegedSignIns("staf.humas");
    PageSession.signedIn("staf.humas");
    assertEquals(staffBefore, privilegedSignIns("staf.humas"), "staff are not privileged");
  }

  private int privilegedSignIns(String actor) {
    Response entries = api.get("/api/audit?actor=" + actor + "&action=PRIVILEGED_SIGN_IN",
        WartaApiClient.accessToken("auditor.inspektorat"));
    assertEquals(200, entries.status(), entries.body());
    return entries.json().getJsonArray("entries").size();
  }

  @Test
  void onlyAuditorsReadTheTrail() {
    assertEquals(403, api.get("/api/audit", WartaApiClient.accessToken("kadis.kominfo")).status());
    assertEquals(403, api.get("/api/audit/verify", WartaApiClient.accessToken("admin.sso")).status());
  }

  @Test
  void verificationFindsTheFirstEntryEditedInTheDatabase() throws SQLException {
    String id = createTerbatas("rantai" + UUID.randomUUID().toString().substring(0, 8));
    assertEquals(200, api.get("/api/releases/" + id, WartaApiClient.accessToken("kabid.humas")).status());
    assertEquals(200, api.get("/api/releases/" + id, WartaApiClient.accessToken("kadis.kominfo")).status());
    String auditor = WartaApiClient.accessToken("auditor.inspektorat");
    assertTrue(api.get("/api/audit/verify", auditor).json().getBoolean("intact"));

    long tampered = entriesFor(id).stream().filter(e -> e.getString("actor").equals("kabid.humas"))
        .findFirst().orElseThrow().getJsonNumber("sequence").longValue();
    try {
      rewrite(tampered, "penyusup");
      JsonObject verdict = api.get("/api/audit/verify", auditor).json();
      assertFalse(verdict.getBoolean("intact"));
      assertEquals(tampered, verdict.getJsonNumber("firstBrokenSequence").longValue());
    } finally {
      rewrite(tampered, "kabid.humas");
    }
    assertTrue(api.get("/api/audit/verify", auditor).json().getBoolean("intact"), "restored, the chain holds again");
  }

  /** What an intruder with database rights would do: switch the guard off and rewrite an entry. */
  private static void rewrite(long sequence, String actor) throws SQLException {
    try (Connection db = DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:5432/" + TestStack.DATABASE, "postgres", System.getenv().getOrDefault("PGPASSWORD", ""));
        Statement sql = db.createStatement()) {
      sql.execute("alter table access.audit_entry disable trigger audit_entry_append_only");
      sql.executeUpdate("update access.audit_entry set actor = '" + actor + "' where sequence = " + sequence);
      sql.execute("alter table access.audit_entry enable trigger audit_entry_append_only");
    }
  }
}
