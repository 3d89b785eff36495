package id.go.jogjaprov.warta.access.internal.keycloak;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.ClearanceRequest;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Directory;
import id.go.jogjaprov.warta.access.api.DirectoryUser;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.access.internal.AccessMessages;
import id.go.jogjaprov.warta.access.internal.oidc.KeycloakClaims;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The directory is Keycloak: every read and change goes through its Admin API with the {@code
 * warta-directory} service account. Only administrators may call; every change is audited under the
 * account's canonical name. Who an account is is decided by Keycloak's id, never by the typed name,
 * since Keycloak matches names without regard to case.
 */
@ApplicationScoped
@Transactional
class KeycloakDirectory implements Directory, Accounts {

  static final String AUDIT_KIND = "official";

  @Inject KeycloakAdminConnection keycloak;
  @Inject ClearanceRequests requests;
  @Inject ClearanceLedger ledger;
  @Inject CurrentOfficial currentOfficial;
  @Inject AuditTrail audit;

  @Inject Clock clock;

  /** An account found in Keycloak, with the handle to change it. */
  private record Target(Account account, UserResource resource) {
    Username username() {
      return account.username();
    }
  }

  @Override
  public Page<DirectoryUser> users(PageRequest page) {
    requireAdministrator();
    RealmResource realm = keycloak.realm();
    // Keycloak leaves service accounts out of both the list and the count.
    List<DirectoryUser> users =
        realm.users().list(page.offset(), page.size()).stream()
            .map(user -> describe(realm.users().get(user.getId()), user))
            .toList();
    return new Page<>(users, realm.users().count(), page);
  }

  @Override
  public Optional<Account> find(Username username) {
    return search(username).map(Target::account);
  }

  @Override
  public Optional<ClearanceRequest> setClearance(
      Username official, Optional<Classification> clearance) {
    Official admin = requireAdministrator();
    if (clearance.filter(level -> level == Classification.BIASA).isPresent()) {
      throw new InvalidInputException("level", AccessMessages.BIASA_IS_NO_CLEARANCE);
    }
    Target target = otherThan(admin, lookUp(official));
    // Any change supersedes a Sangat Rahasia request still waiting for this official.
    requests.cancelFor(target.account().id());
    if (clearance.filter(level -> level == Classification.SANGAT_RAHASIA).isPresent()) {
      ClearanceRequest request =
          new ClearanceRequest(
              UUID.randomUUID(),
              target.username(),
              target.account().id(),
              admin.username(),
              admin.account(),
              clock.instant());
      requests.add(request);
      record(target, "izin SANGAT_RAHASIA diminta, menunggu admin kedua");
      return Optional.of(request);
    }
    record(target, "izin → " + clearance.map(Classification::name).orElse("tanpa izin"));
    applyClearance(target, clearance);
    return Optional.empty();
  }

  @Override
  public void confirmClearance(UUID requestId) {
    Official admin = requireAdministrator();
    ClearanceRequest request =
        requests.pending().stream()
            .filter(pending -> pending.id().equals(requestId))
            .findFirst()
            .orElseThrow(
                () ->
                    new ItemNotFoundException(
                        AccessMessages.CLEARANCE_REQUEST_NOT_FOUND, requestId));
    if (admin.isAccount(request.requestedByAccount())
        || request.requestedBy().equals(admin.username())) {
      throw new NotPermittedException(AccessMessages.TOP_SECRET_NEEDS_ANOTHER_ADMIN);
    }
    // The account the request was made for, by its id: not whoever holds that name now.
    Target target = otherThan(admin, byAccount(request.officialAccount()));
    requests.confirm(requestId, admin.username(), admin.account(), clock.instant());
    record(target, "izin → SANGAT_RAHASIA (dikonfirmasi)");
    applyClearance(target, Optional.of(Classification.SANGAT_RAHASIA));
  }

  @Override
  public List<ClearanceRequest> pendingClearances() {
    requireAdministrator();
    return requests.pending();
  }

  @Override
  public void setRole(Username official, Role role, boolean granted) {
    Target target = otherThan(requireAdministrator(), lookUp(official));
    record(target, (granted ? "peran + " : "peran − ") + role.roleName());
    var mapping = target.resource().roles().realmLevel();
    if (granted) {
      mapping.add(named(mapping.listAvailable(), role.roleName()));
    } else {
      mapping.remove(named(mapping.listAll(), role.roleName()));
    }
  }

  @Override
  public void setUnitMembership(Username official, UnitPath unit, boolean member) {
    Target target = otherThan(requireAdministrator(), lookUp(official));
    record(target, (member ? "unit + " : "unit − ") + unit.value());
    GroupRepresentation group;
    try {
      group = keycloak.realm().getGroupByPath(unit.value());
    } catch (RuntimeException notFound) {
      throw new ItemNotFoundException(AccessMessages.UNIT_NOT_FOUND, unit);
    }
    if (member) {
      target.resource().joinGroup(group.getId());
    } else {
      target.resource().leaveGroup(group.getId());
    }
  }

  @Override
  public void disable(Username official) {
    Target target = otherThan(requireAdministrator(), lookUp(official));
    requests.cancelFor(target.account().id());
    record(target, "akun dinonaktifkan");
    UserRepresentation representation = target.resource().toRepresentation();
    representation.setEnabled(false);
    target.resource().update(representation);
    target.resource().logout();
  }

  /**
   * Notes in the ledger that Warta granted the clearance, then maps it in Keycloak; the ledger is
   * held meanwhile, so that no comparison sees one without the other.
   */
  private void applyClearance(Target target, Optional<Classification> clearance) {
    ledger.lock();
    ledger.granted(
        target.account(), clearance.map(Classification::level).orElse(0), clock.instant());
    var mapping = target.resource().roles().realmLevel();
    List<RoleRepresentation> held =
        mapping.listAll().stream()
            .filter(role -> KeycloakClaims.isClearanceRole(role.getName()))
            .toList();
    if (!held.isEmpty()) {
      mapping.remove(held);
    }
    clearance.ifPresent(
        level -> mapping.add(named(mapping.listAvailable(), KeycloakClaims.clearanceRole(level))));
  }

  /**
   * The role among those listed. Roles come from the user's own mapping lists, which the service
   * account may read with user permissions; the realm's role list would need view-realm.
   */
  private static List<RoleRepresentation> named(List<RoleRepresentation> roles, String name) {
    return roles.stream().filter(role -> role.getName().equals(name)).limit(1).toList();
  }

  private DirectoryUser describe(UserResource resource, UserRepresentation user) {
    List<String> roles =
        resource.roles().realmLevel().listEffective().stream()
            .map(RoleRepresentation::getName)
            .toList();
    List<String> units = resource.groups().stream().map(GroupRepresentation::getPath).toList();
    Official official = KeycloakClaims.official(user.getUsername(), user.getId(), roles, units);
    String name =
        String.join(
                " ",
                Optional.ofNullable(user.getFirstName()).orElse(""),
                Optional.ofNullable(user.getLastName()).orElse(""))
            .strip();
    return new DirectoryUser(
        official.username(),
        name,
        Boolean.TRUE.equals(user.isEnabled()),
        official.roles(),
        official.clearance(),
        official.units());
  }

  private Optional<Target> search(Username username) {
    RealmResource realm = keycloak.realm();
    return realm.users().search(username.value(), true).stream()
        .filter(
            user -> user.getUsername() != null && new Username(user.getUsername()).equals(username))
        .findFirst()
        .map(user -> target(realm, user));
  }

  private Target lookUp(Username username) {
    return search(username)
        .orElseThrow(() -> new ItemNotFoundException(AccessMessages.USER_NOT_FOUND, username));
  }

  private Target byAccount(AccountId account) {
    RealmResource realm = keycloak.realm();
    try {
      return target(realm, realm.users().get(account.value()).toRepresentation());
    } catch (RuntimeException gone) {
      throw new ItemNotFoundException(AccessMessages.USER_NOT_FOUND, account);
    }
  }

  private static Target target(RealmResource realm, UserRepresentation user) {
    return new Target(
        new Account(
            new AccountId(user.getId()),
            new Username(user.getUsername()),
            Boolean.TRUE.equals(user.isEnabled())),
        realm.users().get(user.getId()));
  }

  /**
   * The account, which must not be the administrator's own: changing oneself (a clearance, a unit,
   * the auditor role) would let managing users become reading classified material. Decided by
   * Keycloak's id of the account against the administrator's token subject.
   */
  private static Target otherThan(Official admin, Target target) {
    if (admin.isAccount(target.account().id()) || admin.username().equals(target.username())) {
      throw new NotPermittedException(AccessMessages.ADMIN_CANNOT_CHANGE_SELF);
    }
    return target;
  }

  private Official requireAdministrator() {
    Official official = currentOfficial.get();
    if (!official.hasRole(Role.ADMIN)) {
      throw new NotPermittedException(AccessMessages.SSO_ADMINS_ONLY);
    }
    return official;
  }

  private void record(Target target, String detail) {
    audit.record(
        new AuditEvent(
            AuditAction.ADMINISTRATION,
            AUDIT_KIND,
            target.username().value(),
            Classification.BIASA,
            detail));
  }
}
