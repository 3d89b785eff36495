package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.access.api.AuditChain;
import id.go.jogjaprov.warta.access.api.AuditRecord;
import id.go.jogjaprov.warta.access.api.ChainVerification;
import id.go.jogjaprov.warta.devstack.AuditVerify;
import id.go.jogjaprov.warta.devstack.TestStack;
import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit trail records who opened and decided what, shows it to auditors, and betrays tampering.
 */
class AuditTrailIT extends WartaIT {

  private String createTerbatas(String marker) {
    return createDraft("staf.humas", "TERBATAS", "Catatan " + marker, "Isi " + marker)
        .getString("id");
  }

  private List<JsonObject> entriesFor(String id) {
    return everyItem("/api/audit?item=" + id, token("auditor.inspektorat"));
  }

  @Test
  void openingClassifiedWorkIsRecordedAndTheAuthorSeesWhoOpenedIt() {
    String marker = "audit" + UUID.randomUUID().toString().substring(0, 8);
    String id = createTerbatas(marker);
    assertEquals(200, api.get("/api/releases/" + id, token("kabid.humas")).status());

    List<JsonObject> entries = entriesFor(id);
    assertEquals(1, entries.size());
    JsonObject read = entries.get(0);
    assertEquals("READ", read.getString("action"));
    assertEquals("kabid.humas", read.getString("actor"));
    assertEquals("TERBATAS", read.getString("classification"));
    assertEquals("127.0.0.1", read.getString("origin"));
    assertFalse(entries.toString().contains(marker), "the trail never quotes the item");

    Response readers = api.get("/api/releases/" + id + "/readers", token("staf.humas"));
    assertTrue(readers.body().contains("kabid.humas"), readers.body());
    Response notAuthor = api.get("/api/releases/" + id + "/readers", token("kabid.humas"));
    assertEquals(0, notAuthor.json().getJsonNumber("total").longValue(), "only the author is told");
  }

  @Test
  void decisionsAreRecordedWithTheirDetailWithheldFromAnAuditorBelowTheLevel() {
    String id = createTerbatas("keputusan" + UUID.randomUUID().toString().substring(0, 8));
    publish(id, "staf.humas", "kabid.humas");

    JsonObject decision =
        entriesFor(id).stream()
            .filter(e -> e.getString("action").equals("DECISION"))
            .findFirst()
            .orElseThrow();
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
    return everyItem(
            "/api/audit?actor=" + actor + "&action=PRIVILEGED_SIGN_IN",
            token("auditor.inspektorat"))
        .size();
  }

  @Test
  void onlyAuditorsReadTheTrail() {
    assertEquals(403, api.get("/api/audit", token("kadis.kominfo")).status());
    assertEquals(403, api.get("/api/audit/verify", token("admin.sso")).status());
  }

  // --- tampering: refused to Warta's own database role, detected when done as the owner --------

  @Test
  void theRuntimeRoleCanOnlyAddToTheTrail() throws SQLException {
    String id = createTerbatas("peran" + UUID.randomUUID().toString().substring(0, 8));
    assertEquals(200, api.get("/api/releases/" + id, token("kabid.humas")).status());
    List<String> attacks =
        List.of(
            "update access.audit_record set actor = 'penyusup'",
            "delete from access.audit_record",
            "truncate access.audit_record",
            "update access.audit_seal set seal = repeat('0', 64)",
            "delete from access.audit_seal",
            "truncate access.audit_seal cascade",
            "alter table access.audit_record disable trigger audit_record_append_only",
            "drop table access.audit_seal",
            "create table access.audit_copy (id bigint)");
    List<SQLException> refusals = refusedToWartasRole(attacks);
    for (int i = 0; i < attacks.size(); i++) {
      assertEquals(
          "42501",
          refusals.get(i).getSQLState(),
          attacks.get(i) + ": " + refusals.get(i).getMessage());
    }
    assertTrue(verify(auditor()).getBoolean("intact"));
  }

  @Test
  void anEntryRewrittenByTheOwnerIsFoundByTheApplicationAndByAuditVerify() throws Exception {
    String id = createTerbatas("rantai" + UUID.randomUUID().toString().substring(0, 8));
    assertEquals(200, api.get("/api/releases/" + id, token("kabid.humas")).status());
    String auditor = auditor();
    assertTrue(verify(auditor).getBoolean("intact"));
    JsonObject read =
        entriesFor(id).stream()
            .filter(e -> e.getString("actor").equals("kabid.humas"))
            .findFirst()
            .orElseThrow();
    long record = read.getJsonNumber("id").longValue();
    long position = read.getJsonNumber("sequence").longValue();
    try {
      asOwner("update access.audit_record set actor = 'penyusup' where id = " + record);
      JsonObject verdict = verify(auditor);
      assertFalse(verdict.getBoolean("intact"));
      assertEquals(position, verdict.getJsonNumber("firstBrokenSequence").longValue());
      assertTrue(verdict.getString("problem").contains("catatan " + record), verdict.toString());
      assertEquals(OptionalLong.of(position), auditVerify().firstBrokenSequence());
    } finally {
      asOwner("update access.audit_record set actor = 'kabid.humas' where id = " + record);
    }
    assertTrue(verify(auditor).getBoolean("intact"), "restored, the chain holds again");
  }

  @Test
  void aTailResealedByTheOwnerWithoutTheKeyIsFound() throws Exception {
    String id = createTerbatas("segel" + UUID.randomUUID().toString().substring(0, 8));
    assertEquals(200, api.get("/api/releases/" + id, token("kadis.kominfo")).status());
    String auditor = auditor();
    assertTrue(verify(auditor).getBoolean("intact"));
    long position = verify(auditor).getJsonNumber("entriesChecked").longValue();
    String[] original =
        ownerRow(
            "select s.record_id, r.actor, s.seal, s.previous_seal, r.occurred_at::text, r.origin, r.action,"
                + " r.item_kind, r.item_id, r.level, r.detail from access.audit_seal s join access.audit_record r on r.id = s.record_id"
                + " where s.position = "
                + position);
    long record = Long.parseLong(original[0]);
    AuditRecord rewritten =
        new AuditRecord(
            record,
            java.time.OffsetDateTime.parse(original[4].replace(' ', 'T') + ":00").toInstant(),
            "penyusup",
            original[5],
            original[6],
            original[7],
            original[8],
            Integer.parseInt(original[9]),
            original[10]);
    String forged =
        AuditChain.keyedWith("kunci tebakan penyusup yang cukup panjang untuk HMAC")
            .seal(original[3], position, rewritten);
    try {
      asOwner(
          "update access.audit_record set actor = 'penyusup' where id = " + record,
          "update access.audit_seal set seal = '" + forged + "' where position = " + position);
      JsonObject verdict = verify(auditor);
      assertFalse(verdict.getBoolean("intact"));
      assertEquals(position, verdict.getJsonNumber("firstBrokenSequence").longValue());
      assertEquals(OptionalLong.of(position), auditVerify().firstBrokenSequence());
    } finally {
      asOwner(
          "update access.audit_record set actor = '" + original[1] + "' where id = " + record,
          "update access.audit_seal set seal = '" + original[2] + "' where position = " + position);
    }
    assertTrue(verify(auditor).getBoolean("intact"));
  }

  @Test
  void aTailCutByTheOwnerIsFoundAgainstTheAnchoredHead() throws Exception {
    String id = createTerbatas("ekor" + UUID.randomUUID().toString().substring(0, 8));
    assertEquals(200, api.get("/api/releases/" + id, token("kabid.humas")).status());
    assertEquals(200, api.get("/api/releases/" + id, token("kadis.kominfo")).status());
    String auditor = auditor();
    long head = verify(auditor).getJsonNumber("entriesChecked").longValue();
    String seals = "(select * from access.audit_seal where position > " + (head - 2) + ")";
    List<String> savedSeals =
        ownerRows(
            "select format('(%s,%s,%L,%L,%L,%L,%L)', position, record_id, previous_seal, seal,"
                + " key_id, sealed_at, watermark) from "
                + seals
                + " t");
    List<String> savedRecords =
        ownerRows(
            "select format('(%s,%L,%L,%L,%L,%L,%L,%s,%L,%L)', r.id, r.occurred_at, r.actor,"
                + " r.origin, r.action, r.item_kind, r.item_id, r.level, r.detail, r.txid) from access.audit_record r"
                + " join "
                + seals
                + " s on s.record_id = r.id");
    assertEquals(2, savedSeals.size());
    try {
      asOwner(
          "delete from access.audit_seal where position > " + (head - 2),
          "delete from access.audit_record r where not exists (select 1 from access.audit_seal s where s.record_id = r.id)"
              + " and r.id in ("
              + String.join(
                  ",",
                  savedRecords.stream().map(row -> row.substring(1, row.indexOf(','))).toList())
              + ")");
      JsonObject verdict = verify(auditor);
      assertFalse(verdict.getBoolean("intact"), verdict.toString());
      assertEquals(head - 1, verdict.getJsonNumber("firstBrokenSequence").longValue());
      assertTrue(verdict.getString("problem").contains("terpotong"), verdict.toString());
      assertEquals(OptionalLong.of(head - 1), auditVerify().firstBrokenSequence());
    } finally {
      asOwner(
          "insert into access.audit_record (id, occurred_at, actor, origin, action, item_kind, item_id, level, detail, txid)"
              + " overriding system value values "
              + String.join(",", savedRecords),
          "insert into access.audit_seal (position, record_id, previous_seal, seal, key_id, sealed_at, watermark) values "
              + String.join(",", savedSeals));
    }
    assertTrue(verify(auditor).getBoolean("intact"), "put back, the chain holds again");
  }

  private String auditor() {
    return token("auditor.inspektorat");
  }

  private JsonObject verify(String auditor) {
    Response verdict = api.get("/api/audit/verify", auditor);
    assertEquals(200, verdict.status(), verdict.body());
    return verdict.json();
  }

  private static ChainVerification auditVerify() throws Exception {
    return AuditVerify.verify(
        TestStack.databaseUrl(),
        TestStack.RUNTIME,
        TestStack.RUNTIME_PASSWORD,
        AuditChain.keyedWith(TestStack.AUDIT_KEY),
        AuditVerify.anchoredHead(TestStack.AUDIT_ANCHOR));
  }

  /**
   * What an intruder holding the owner role does: switch the guards off, change, switch them on.
   */
  private static void asOwner(String... statements) throws SQLException {
    try (Connection owner = owner();
        Statement sql = owner.createStatement()) {
      owner.setAutoCommit(false);
      sql.execute("alter table access.audit_record disable trigger user");
      sql.execute("alter table access.audit_seal disable trigger user");
      for (String statement : statements) {
        sql.execute(statement);
      }
      sql.execute("alter table access.audit_record enable trigger user");
      sql.execute("alter table access.audit_seal enable trigger user");
      owner.commit();
    }
  }

  private static String[] ownerRow(String query) throws SQLException {
    try (Connection owner = owner();
        Statement sql = owner.createStatement();
        ResultSet row = sql.executeQuery(query)) {
      assertTrue(row.next(), query);
      String[] values = new String[row.getMetaData().getColumnCount()];
      for (int i = 0; i < values.length; i++) {
        values[i] = row.getString(i + 1);
      }
      return values;
    }
  }

  private static List<String> ownerRows(String query) throws SQLException {
    try (Connection owner = owner();
        Statement sql = owner.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      List<String> values = new java.util.ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }

  private static Connection owner() throws SQLException {
    return DriverManager.getConnection(
        TestStack.databaseUrl(), TestStack.OWNER, TestStack.OWNER_PASSWORD);
  }
}
