package id.go.jogjaprov.warta.access.internal.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.access.api.AuditEntry;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditQuery;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.ChainVerification;
import id.go.jogjaprov.warta.access.api.Clearance;
import id.go.jogjaprov.warta.access.api.ItemGrant;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.access.internal.keycloak.Accounts.Account;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The grant rules with a fixed clock: periods are decided without waiting for them. */
class DefaultGrantServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
  private static final Official KABID =
      new Official(
          true,
          new Username("kabid.humas"),
          new AccountId("kabid-id"),
          Set.of(Role.DEPARTMENT_HEAD),
          Clearance.upTo(Classification.RAHASIA),
          Set.of(UnitPath.of("/Pemda DIY/Diskominfo DIY")));

  private final List<AccountId> stored = new ArrayList<>();
  private final List<AuditEvent> recorded = new ArrayList<>();
  private DefaultGrantService grants;

  @BeforeEach
  void setUp() {
    grants = new DefaultGrantService();
    grants.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    grants.currentOfficial = () -> KABID;
    grants.accounts =
        username ->
            switch (username.value()) {
              case "staf.pariwisata" ->
                  Optional.of(new Account(new AccountId("staf-id"), username, true));
              case "kabid.humas" ->
                  Optional.of(new Account(new AccountId("kabid-id"), username, true));
              case "pensiunan" ->
                  Optional.of(new Account(new AccountId("old-id"), username, false));
              default -> Optional.empty();
            };
    grants.grants = (grant, account, reason, by, at) -> stored.add(account);
    grants.audit = new RecordingTrail();
  }

  private void grant(String to, Classification level, Instant until) {
    grants.grant(
        new ItemGrant(
            "release", UUID.randomUUID(), level, new Username(to), "Koordinasi liputan", until));
  }

  @Test
  void aGrantUpToAYearAheadIsStoredForTheAccountAndAudited() {
    grant("STAF.Pariwisata", Classification.TERBATAS, NOW.plus(Duration.ofDays(366)));
    assertEquals(List.of(new AccountId("staf-id")), stored);
    assertEquals(1, recorded.size());
  }

  @Test
  void aGrantEndingNowOrLaterThanAYearIsRefused() {
    assertEquals(
        "until",
        assertThrows(
                InvalidInputException.class,
                () -> grant("staf.pariwisata", Classification.BIASA, NOW))
            .field()
            .orElseThrow());
    assertThrows(
        InvalidInputException.class,
        () ->
            grant(
                "staf.pariwisata",
                Classification.BIASA,
                NOW.plus(Duration.ofDays(366)).plusSeconds(1)));
    assertEquals(List.of(), stored);
  }

  @Test
  void nobodySharesAboveTheirClearanceWithThemselvesOrWithAnAccountThatCannotSignIn() {
    assertThrows(
        NotPermittedException.class,
        () ->
            grant("staf.pariwisata", Classification.SANGAT_RAHASIA, NOW.plus(Duration.ofDays(1))));
    assertThrows(
        InvalidInputException.class,
        () -> grant("kabid.humas", Classification.BIASA, NOW.plus(Duration.ofDays(1))));
    assertThrows(
        InvalidInputException.class,
        () -> grant("pensiunan", Classification.BIASA, NOW.plus(Duration.ofDays(1))));
    assertThrows(
        InvalidInputException.class,
        () -> grant("tidak.ada", Classification.BIASA, NOW.plus(Duration.ofDays(1))));
    assertEquals(List.of(), stored);
  }

  /** Keeps what is recorded; nothing else is asked of it here. */
  private final class RecordingTrail implements AuditTrail {
    @Override
    public void record(AuditEvent event) {
      recorded.add(event);
    }

    @Override
    public void recordAll(List<AuditEvent> events) {
      recorded.addAll(events);
    }

    @Override
    public void recordPrivilegedUse(String credentialFingerprint) {}

    @Override
    public void itemLevelChanged(String itemKind, String itemId, Classification level) {}

    @Override
    public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Page<AuditEntry> readsOfOwnWork(
        String itemKind, String itemId, Username author, PageRequest page) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ChainVerification verify() {
      throw new UnsupportedOperationException();
    }
  }
}
