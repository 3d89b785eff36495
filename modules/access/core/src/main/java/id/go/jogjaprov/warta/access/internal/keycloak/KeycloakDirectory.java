package id.go.jogjaprov.warta.access.internal.keycloak;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.ClearanceRequest;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Directory;
import id.go.jogjaprov.warta.access.api.DirectoryUser;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.access.internal.oidc.KeycloakClaims;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
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
 * The directory is Keycloak: every read and change goes through its Admin API with the
 * {@code warta-directory} service account (realm-management: view/query users, query groups,
 * manage users). Only administrators may call; every change is audited.
 */
@ApplicationScoped
@Transactional
class KeycloakDirectory implements Directory {

  static final String AUDIT_KIND = "official";

  @Inject KeycloakAdminConnection keycloak;
  @Inject ClearanceRequests requests;
  @Inject CurrentOfficial currentOfficial;
  @Inject AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  @Override
  public List<DirectoryUser> users() {
    requireAdministrator();
    RealmResource realm = keycloak.realm();
    return realm.users().list(0, 1000).stream()
        .filter(user -> user.getUsername() != null && !user.getUsername().startsWith("service-account-"))
        .map(user -> describe(realm.users().get(user.getId()), user))
        .toList();
  }

  @Override
  public Optional<ClearanceRequest> setClearance(Username official, Optional<Classification> clearance) {
    Official admin = requireAdministratorOf(official);
    if (clearance.filter(level -> level == Classification.BIASA).isPresent()) {
      throw new InvalidInputException("Biasa bukan izin tersendiri: hapus izin untuk kembali ke Biasa.");
    }
    UserResource user = user(official);
    // Any change supersedes a Sangat Rahasia request still waiting for this official.
    requests.cancelFor(official);
    if (clearance.filter(level -> level == Classification.SANGAT_RAHASIA).isPresent()) {
      ClearanceRequest request = new ClearanceRequest(UUID.randomUUID(), official, admin.username(), clock.instant());
      requests.add(request);
      record(official, "izin SANGAT_RAHASIA diminta, menunggu admin kedua");
      return Optional.of(request);
    }
    record(official, "izin → " + clearance.map(Classification::name).orElse("tanpa izin"));
    applyClearance(user, clearance);
    return Optional.empty();
  }

  @Override
  public void confirmClearance(UUID requestId) {
    Official admin = requireAdministrator();
    ClearanceRequest request = requests.pending().stream()
        .filter(pending -> pending.id().equals(requestId))
        .findFirst()
        .orElseThrow(() -> new ItemNotFoundException("Permintaan izin", requestId));
    if (request.requestedBy().equals(admin.username()) || request.official().equals(admin.username())) {
      throw new NotPermittedException("Izin Sangat Rahasia harus dikonfirmasi admin lain, bukan pemohon atau penerimanya.");
    }
    requests.confirm(requestId, admin.username(), clock.instant());
    record(request.official(), "izin → SANGAT_RAHASIA (dikonfirmasi)");
    applyClearance(user(request.official()), Optional.of(Classification.SANGAT_RAHASIA));
  }

  @Override
  public List<ClearanceRequest> pendingClearances() {
    requireAdministrator();
    return requests.pending();
  }

  @Override
  public void setRole(Username official, Role role, boolean granted) {
    requireAdministratorOf(official);
    record(official, (granted ? "peran + " : "peran − ") + role.roleName());
    var mapping = user(official).roles().realmLevel();
    if (granted) {
      mapping.add(named(mapping.listAvailable(), role.roleName()));
    } else {
      mapping.remove(named(mapping.listAll(), role.roleName()));
    }
  }

  @Override
  public void setUnitMembership(Username official, UnitPath unit, boolean member) {
    requireAdministratorOf(official);
    record(official, (member ? "unit + " : "unit − ") + unit.value());
    GroupRepresentation group;
    try {
      group = keycloak.realm().getGroupByPath(unit.value());
    } catch (RuntimeException notFound) {
      throw new ItemNotFoundException("Unit", unit);
    }
    if (member) {
      user(official).joinGroup(group.getId());
    } else {
      user(official).leaveGroup(group.getId());
    }
  }

  @Override
  public void disable(Username official) {
    requireAdministratorOf(official);
    requests.cancelFor(official);
    record(official, "akun dinonaktifkan");
    UserResource user = user(official);
    UserRepresentation representation = user.toRepresentation();
    representation.setEnabled(false);
    user.update(representation);
    user.logout();
  }

  private void applyClearance(UserResource user, Optional<Classification> clearance) {
    var mapping = user.roles().realmLevel();
    List<RoleRepresentation> held = mapping.listAll().stream()
        .filter(role -> KeycloakClaims.isClearanceRole(role.getName()))
        .toList();
    if (!held.isEmpty()) {
      mapping.remove(held);
    }
    clearance.ifPresent(level -> mapping.add(named(mapping.listAvailable(), KeycloakClaims.clearanceRole(level))));
  }

  /**
   * The role among those listed. Roles come from the user's own mapping lists, which the service
   * account may read with user permissions; the realm's role list would need view-realm.
   */
  private static List<RoleRepresentation> named(List<RoleRepresentation> roles, String name) {
    return roles.stream().filter(role -> role.getName().equals(name)).limit(1).toList();
  }

  private DirectoryUser describe(UserResource resource, UserRepresentation user) {
    List<String> roles = resource.roles().realmLevel().listEffective().stream().map(RoleRepresentation::getName).toList();
    List<String> units = resource.groups().stream().map(GroupRepresentation::getPath).toList();
    Official official = KeycloakClaims.official(user.getUsername(), roles, units);
    String name = String.join(" ", Optional.ofNullable(user.getFirstName()).orElse(""),
        Optional.ofNullable(user.getLastName()).orElse("")).strip();
    return new DirectoryUser(official.username(), name, Boolean.TRUE.equals(user.isEnabled()), official.roles(),
        official.clearance(), official.units());
  }

  private UserResource user(Username official) {
    List<UserRepresentation> found = keycloak.realm().users().search(official.value(), true);
    if (found.isEmpty()) {
      throw new ItemNotFoundException("Pengguna", official);
    }
    return keycloak.realm().users().get(found.get(0).getId());
  }

  /**
   * Administrators change other officials only: changing oneself (a clearance, a unit, the auditor
   * role) would let managing users become reading classified material.
   */
  private Official requireAdministratorOf(Username official) {
    Official admin = requireAdministrator();
    if (admin.username().equals(official)) {
      throw new NotPermittedException("Admin tidak dapat mengubah akunnya sendiri; minta admin lain.");
    }
    return admin;
  }

  private Official requireAdministrator() {
    Official official = currentOfficial.get();
    if (!official.hasRole(Role.ADMIN)) {
      throw new NotPermittedException("Hanya admin SSO yang dapat mengelola pengguna.");
    }
    return official;
  }

  private void record(Username official, String detail) {
    audit.record(new AuditEvent(AuditAction.ADMINISTRATION, AUDIT_KIND, official.value(), Classification.BIASA, detail));
  }
}
