package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Approval seals on the real stack: the final approval is signed; anyone verifies a public
 * release's seal, publicly and on its page; changing the stored text or the seal itself behind
 * Warta's back is found; a classified release's seal is nobody's business but its readers'.
 */
class SealIT extends WartaIT {

  @Test
  void theApprovedTextIsSealedAndTamperingWithTextOrSealIsFound() throws SQLException {
    String id =
        createDraft("staf.humas", "BIASA", "Jembatan Kali Progo dibuka", "<p>Jembatan dibuka.</p>")
            .getString("id");
    publish(id, "staf.humas", "kabid.humas");
    JsonObject seal = api.get("/api/releases/" + id + "/seal", token("staf.humas")).json();
    String sealId = seal.getString("seal");
    assertEquals(
        List.of("kabid.humas"),
        seal.getJsonArray("approvedBy").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());

    Response checked = api.get("/api/public/seals/" + sealId, null);
    assertEquals(200, checked.status(), checked.body());
    assertTrue(checked.json().getBoolean("valid"), checked.body());
    assertEquals("Jembatan Kali Progo dibuka", checked.json().getString("title"));
    var page = PageSession.anonymous().get("/verify/" + sealId);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("verdict-valid"), page.body());
    assertTrue(
        PageSession.anonymous().get("/").body().contains("/verify/" + sealId),
        "the portal links the seal (its QR code)");
    assertTrue(api.get("/api/public/seals/key", null).body().startsWith("-----BEGIN PUBLIC KEY"));

    updateAsOwner("update content.release set body = body || '<p>Tambahan.</p>' where id = ?", id);
    JsonObject tampered = api.get("/api/public/seals/" + sealId, null).json();
    assertTrue(tampered.getBoolean("signatureValid"));
    assertFalse(tampered.getBoolean("textMatches"), "the text shown is no longer the approved one");
    assertFalse(tampered.getBoolean("valid"));
    assertTrue(PageSession.anonymous().get("/verify/" + sealId).body().contains("verdict-invalid"));

    updateAsOwner(
        "update workflow.approval_seal set approved_by = 'kadis.kominfo' where release_id = ?", id);
    JsonObject forged = api.get("/api/public/seals/" + sealId, null).json();
    assertFalse(forged.getBoolean("signatureValid"), "a seal altered in the database: " + forged);
  }

  @Test
  void aClassifiedReleasesSealIsReadOnlyLikeTheRelease() {
    String id =
        createDraft("staf.humas", "TERBATAS", "Rapat koordinasi", "<p>Isi terbatas.</p>")
            .getString("id");
    publish(id, "staf.humas", "kabid.humas");
    String sealId =
        api.get("/api/releases/" + id + "/seal", token("kabid.humas")).json().getString("seal");
    assertEquals(200, api.get("/api/public/seals/" + sealId, token("staf.humas")).status());
    assertEquals(404, api.get("/api/public/seals/" + sealId, null).status(), "not the public's");
    assertEquals(404, api.get("/api/public/seals/" + sealId, token("staf.pariwisata")).status());
    assertEquals(404, api.get("/api/releases/" + id + "/seal", token("staf.pariwisata")).status());
    assertEquals(404, api.get("/api/public/seals/not-a-seal", null).status());
    assertTrue(
        PageSession.anonymous().get("/verify/" + sealId).body().contains("verdict-invalid"),
        "the page says unknown, as for any seal it cannot show");
  }
}
