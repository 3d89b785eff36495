package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.access.api.ClearanceRequest;
import id.go.jogjaprov.warta.access.api.Directory;
import id.go.jogjaprov.warta.access.api.DirectoryUser;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The SSO administrator's page: users, their roles, units and clearance, all kept in Keycloak. */
@Named
@ViewScoped
public class AdminView implements Serializable {

  @Inject Directory directory;

  private Page<DirectoryUser> users;
  private List<ClearanceRequest> pending;

  /**
   * Chosen clearance per username, as the level's name ("" for none): map values carry no type for
   * JSF.
   */
  private final Map<String, String> clearances = new HashMap<>();

  private String member;
  private Role role = Role.DEPARTMENT_HEAD;
  private String unit;

  @PostConstruct
  void load() {
    users = directory.users(PageRequest.first(PageRequest.MAX_SIZE));
    pending = directory.pendingClearances();
    clearances.clear();
    users
        .items()
        .forEach(
            user ->
                clearances.put(
                    user.username().value(),
                    user.clearance()
                        .highest()
                        .filter(level -> level != Classification.BIASA)
                        .map(Classification::name)
                        .orElse("")));
  }

  public void saveClearance(DirectoryUser user) {
    Optional<ClearanceRequest> waiting =
        directory.setClearance(
            user.username(),
            Optional.ofNullable(clearances.get(user.username().value()))
                .filter(level -> !level.isEmpty())
                .map(Classification::valueOf));
    tell(
        waiting.isPresent()
            ? AppMessages.CLEARANCE_WAITING_FOR_SECOND_ADMIN
            : AppMessages.CLEARANCE_UPDATED,
        user.username().value());
    load();
  }

  public void confirm(ClearanceRequest request) {
    directory.confirmClearance(request.id());
    tell(AppMessages.CLEARANCE_CONFIRMED, request.official().value());
    load();
  }

  public void disable(DirectoryUser user) {
    directory.disable(user.username());
    tell(AppMessages.ACCOUNT_DISABLED, user.username().value());
    load();
  }

  public void grantRole(boolean granted) {
    directory.setRole(new Username(member), role, granted);
    tell(granted ? AppMessages.ROLE_GRANTED : AppMessages.ROLE_REVOKED, role.roleName(), member);
    load();
  }

  public void changeUnit(boolean join) {
    directory.setUnitMembership(new Username(member), UnitPath.of(unit), join);
    tell(join ? AppMessages.UNIT_JOINED : AppMessages.UNIT_LEFT, member, unit);
    load();
  }

  public String roles(DirectoryUser user) {
    return user.roles().stream().map(Role::roleName).sorted().collect(Collectors.joining(", "));
  }

  public String units(DirectoryUser user) {
    return user.units().stream().map(UnitPath::name).sorted().collect(Collectors.joining(", "));
  }

  private static void tell(AppMessages sentence, Object... arguments) {
    PageMessages.info(null, sentence, arguments);
  }

  public Classification[] getClearanceLevels() {
    return new Classification[] {
      Classification.TERBATAS, Classification.RAHASIA, Classification.SANGAT_RAHASIA
    };
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public Page<DirectoryUser> getUsers() {
    return users;
  }

  public List<ClearanceRequest> getPending() {
    return pending;
  }

  public Map<String, String> getClearances() {
    return clearances;
  }

  public String getMember() {
    return member;
  }

  public void setMember(String member) {
    this.member = member;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }
}
