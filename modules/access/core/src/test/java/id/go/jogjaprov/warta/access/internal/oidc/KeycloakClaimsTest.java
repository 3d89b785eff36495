package id.go.jogjaprov.warta.access.internal.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.access.api.Clearance;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeycloakClaimsTest {

  @Test
  void theHighestClearanceAmongTheExpandedCompositesCounts() {
    Official kadis =
        KeycloakClaims.official(
            "kadis.kominfo",
            "0b5e",
            List.of(
                "agency-head",
                "clearance-terbatas",
                "clearance-sangat-rahasia",
                "clearance-rahasia"),
            List.of("/Pemda DIY/Diskominfo DIY"));
    assertEquals(Clearance.upTo(Classification.SANGAT_RAHASIA), kadis.clearance());
    assertEquals(Set.of(Role.AGENCY_HEAD), kadis.roles());
    assertEquals(Set.of(UnitPath.of("/Pemda DIY/Diskominfo DIY")), kadis.units());
  }

  @Test
  void aSignedInOfficialWithoutClearanceRoleReadsBiasaOnly() {
    Official admin =
        KeycloakClaims.official("admin.sso", "9d2a", List.of("admin", "offline_access"), List.of());
    assertEquals(Clearance.upTo(Classification.BIASA), admin.clearance());
    assertEquals(Set.of(Role.ADMIN), admin.roles());
  }

  @Test
  void anAccountWithoutAnyRoleIsSignedInWithNone() {
    Official guest = KeycloakClaims.official("tamu", "77aa", null, List.of());
    assertEquals(Set.of(), guest.roles());
    assertEquals(Clearance.upTo(Classification.BIASA), guest.clearance());
    assertFalse(guest.writes());
  }

  @Test
  void theAccountIsTheTokensSubjectAndTheNameHasOneSpelling() {
    Official admin = KeycloakClaims.official("Admin.SSO", "9d2a", List.of("admin"), List.of());
    assertEquals("admin.sso", admin.username().value());
    assertTrue(admin.isAccount(new AccountId("9d2a")));
    assertFalse(admin.isAccount(new AccountId("9d2b")));
  }

  @Test
  void malformedUnitClaimsGrantNothing() {
    Official staff =
        KeycloakClaims.official(
            "staf", "41c0", List.of("staff"), List.of("Bidang Humas", "/", "/Pemda DIY"));
    assertEquals(Set.of(UnitPath.of("/Pemda DIY")), staff.units());
  }
}
