package id.go.jogjaprov.warta.access.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficialTest {

  private static final UnitPath DISKOMINFO = UnitPath.of("/Pemda DIY/Diskominfo DIY");
  private static final UnitPath HUMAS = UnitPath.of("/Pemda DIY/Diskominfo DIY/Bidang Humas");
  private static final UnitPath PARIWISATA = UnitPath.of("/Pemda DIY/Dinas Pariwisata");

  private static Official official(Set<Role> roles, Classification clearance, Set<UnitPath> units) {
    return new Official(
        true, new Username("uji"), new AccountId("7f1c"), roles, Clearance.upTo(clearance), units);
  }

  @Test
  void needToKnowReachesDownTheTreeButNotAcrossIt() {
    Official kadis =
        official(Set.of(Role.AGENCY_HEAD), Classification.SANGAT_RAHASIA, Set.of(DISKOMINFO));
    assertTrue(kadis.belongsAbove(HUMAS));
    assertFalse(kadis.belongsAbove(PARIWISATA));
  }

  @Test
  void newWorkIsFiledUnderTheMostSpecificUnit() {
    Official staff =
        official(Set.of(Role.STAFF), Classification.TERBATAS, Set.of(DISKOMINFO, HUMAS));
    assertEquals(Optional.of(HUMAS), staff.homeUnit());
    assertEquals(Optional.empty(), Official.ANONYMOUS.homeUnit());
  }

  @Test
  void nobodyClassifiesAboveTheirClearance() {
    Official staff = official(Set.of(Role.STAFF), Classification.TERBATAS, Set.of(HUMAS));
    assertTrue(staff.mayClassify(Classification.TERBATAS));
    assertFalse(staff.mayClassify(Classification.RAHASIA));
  }

  @Test
  void theReadScopeCarriesClearanceUnitsAndArchivistOffice() {
    Official archivist =
        official(Set.of(Role.ARCHIVIST), Classification.RAHASIA, Set.of(PARIWISATA, HUMAS));
    Map<String, Object> bound = new HashMap<>();
    archivist.readScope().applyTo(bound::put);
    assertEquals(3, bound.get(ReadScope.CLEARANCE));
    assertEquals(
        "/Pemda DIY/Dinas Pariwisata|/Pemda DIY/Diskominfo DIY/Bidang Humas",
        bound.get(ReadScope.UNITS));
    assertEquals(1, bound.get(ReadScope.ARCHIVE_READER));
    assertEquals(
        "7f1c", bound.get(ReadScope.USER), "grants are bound to the account, not to a name");
  }

  @Test
  void anonymousReadersBindNothingThatGrantsAccess() {
    Map<String, Object> bound = new HashMap<>();
    Official.ANONYMOUS.readScope().applyTo(bound::put);
    assertEquals(0, bound.get(ReadScope.CLEARANCE));
    assertEquals("", bound.get(ReadScope.UNITS));
    assertEquals(0, bound.get(ReadScope.ARCHIVE_READER));
    assertEquals("", bound.get(ReadScope.USER), "no grant can name an anonymous reader");
  }
}
