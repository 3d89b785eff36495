package id.go.jogjaprov.warta.access.internal.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
            List.of("agency-head", "clearance-terbatas", "clearance-sangat-rahasia", "clearance-rahasia"),
            List.of("/Pemda DIY/Diskominfo DIY"));
    assertEquals(Clearance.upTo(Classification.SANGAT_RAHASIA), kadis.clearance());
    assertEquals(Set.of(Role.AGENCY_HEAD), kadis.roles());
    assertEquals(Set.of(UnitPath.of("/Pemda DIY/Diskominfo DIY")), kadis.units());
  }

  @Test
  void aSignedInOfficialWithoutClearanceRoleReadsBiasaOnly() {
    Official admin = KeycloakClaims.official("admin.sso", List.of("admin", "offline_access"), List.of());
    assertEquals(Clearance.upTo(Classification.BIASA), admin.clearance());
    assertEquals(Set.of(Role.ADMIN), admin.roles());
  }

  @Test
  void malformedUnitClaimsGrantNothing() {
    Official staff = KeycloakClaims.official("staf", List.of("staff"), List.of("Bidang Humas", "/", "/Pemda DIY"));
    assertEquals(Set.of(UnitPath.of("/Pemda DIY")), staff.units());
  }
}
