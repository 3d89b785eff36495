package id.go.jogjaprov.warta.access.internal.keycloak;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.internal.concurrent.PlatformScheduler;
import id.go.jogjaprov.warta.access.internal.keycloak.Accounts.Account;
import id.go.jogjaprov.warta.access.internal.oidc.KeycloakClaims;
import id.go.jogjaprov.warta.kernel.Classification;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Compares the clearances Keycloak holds with those Warta granted, at start-up and then every
 * {@code warta.directory.reconcile-every} (15 minutes unless set): a clearance Warta did not grant
 * (given in Keycloak's console, or with a leaked directory secret, bypassing the second
 * administrator and the audit trail) raises an ALERT entry for the auditors, once per official and
 * level. A clearance taken away outside Warta is recorded too. The first comparison takes what it
 * finds as the starting point.
 */
@ApplicationScoped
class ClearanceReconciliation {

  private static final Logger LOG = Logger.getLogger(ClearanceReconciliation.class.getName());
  private static final int PAGE = 100;

  @Inject KeycloakAdminConnection keycloak;
  @Inject ClearanceLedger ledger;
  @Inject AuditTrail audit;

  /** Itself through its proxy, so that each comparison runs in a transaction. */
  @Inject ClearanceReconciliation self;

  @Inject
  @ConfigProperty(name = "warta.directory.reconcile-every", defaultValue = "PT15M")
  Duration every;

  @Inject Clock clock;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started)
      throws NamingException {
    ManagedScheduledExecutorService scheduler = PlatformScheduler.lookup();
    scheduler.scheduleWithFixedDelay(
        this::reconcileSafely,
        Math.min(10, every.toSeconds()),
        every.toSeconds(),
        TimeUnit.SECONDS);
  }

  private void reconcileSafely() {
    try {
      self.reconcile();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Clearances could not be compared with Keycloak: {0}",
          e.getClass().getName());
    }
  }

  @Transactional
  void reconcile() {
    ledger.lock();
    Map<Account, Integer> held = clearancesInKeycloak();
    if (ledger.takeBaseline(held, clock.instant())) {
      audit.record(
          new AuditEvent(
              AuditAction.ADMINISTRATION,
              KeycloakDirectory.AUDIT_KIND,
              "*",
              Classification.BIASA,
              "perbandingan pertama dengan Keycloak: "
                  + held.size()
                  + " izin dicatat sebagai titik awal"));
      return;
    }
    held.forEach(
        (official, level) -> {
          int granted = ledger.grantedLevel(official);
          if (level > granted && ledger.alertOnce(official, level, clock.instant())) {
            audit.record(
                new AuditEvent(
                    AuditAction.ALERT,
                    KeycloakDirectory.AUDIT_KIND,
                    official.username().value(),
                    Classification.BIASA,
                    "izin "
                        + name(level)
                        + " di Keycloak tidak diberikan lewat Warta (yang diberikan: "
                        + name(granted)
                        + ")"));
            LOG.warning(
                () ->
                    "Clearance "
                        + name(level)
                        + " of "
                        + official.username()
                        + " was not granted through Warta");
          } else if (level < granted) {
            ledger.granted(official, level, clock.instant());
            audit.record(
                new AuditEvent(
                    AuditAction.ADMINISTRATION,
                    KeycloakDirectory.AUDIT_KIND,
                    official.username().value(),
                    Classification.BIASA,
                    "izin " + name(granted) + " dicabut di luar Warta; kini " + name(level)));
          }
        });
  }

  /** Every account's effective clearance level (0: none), as Keycloak holds it now. */
  private Map<Account, Integer> clearancesInKeycloak() {
    RealmResource realm = keycloak.realm();
    Map<Account, Integer> held = new LinkedHashMap<>();
    for (int first = 0; ; first += PAGE) {
      List<UserRepresentation> users = realm.users().list(first, PAGE);
      for (UserRepresentation user : users) {
        List<String> roles =
            realm.users().get(user.getId()).roles().realmLevel().listEffective().stream()
                .map(RoleRepresentation::getName)
                .toList();
        Official official =
            KeycloakClaims.official(user.getUsername(), user.getId(), roles, List.of());
        held.put(
            new Account(
                official.account(), official.username(), Boolean.TRUE.equals(user.isEnabled())),
            official.clearance().level() > 1 ? official.clearance().level() : 0);
      }
      if (users.size() < PAGE) {
        return held;
      }
    }
  }

  private static String name(int level) {
    return level == 0 ? "tanpa izin" : Classification.ofLevel(level).name();
  }
}
