package id.go.jogjaprov.warta.access.api;

import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * The caller of the current request: who they are (their account and its name), what they do
 * (roles), how high they are cleared, and which units they belong to. Anonymous readers are {@link
 * #ANONYMOUS}.
 */
public record Official(
    boolean authenticated,
    Username username,
    AccountId account,
    Set<Role> roles,
    Clearance clearance,
    Set<UnitPath> units) {

  public static final Official ANONYMOUS =
      new Official(
          false, new Username("anonim"), AccountId.NONE, Set.of(), Clearance.NONE, Set.of());

  public Official {
    roles = Set.copyOf(roles);
    units = Set.copyOf(units);
  }

  /** Whether {@code other} is this official's own account. */
  public boolean isAccount(AccountId other) {
    return account.sameAs(other);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /**
   * Administrators, auditors and agency heads: their use of Warta is recorded in the audit trail
   * whenever they begin with a new credential.
   */
  public boolean isPrivileged() {
    return hasRole(Role.ADMIN) || hasRole(Role.AUDITOR) || hasRole(Role.AGENCY_HEAD);
  }

  public boolean writes() {
    return roles.stream().anyMatch(Role::writes);
  }

  public boolean reviews() {
    return roles.stream().anyMatch(Role::reviews);
  }

  /** Need-to-know by position: the unit is one of the official's units or lies below one. */
  public boolean belongsAbove(UnitPath unit) {
    return units.stream().anyMatch(own -> own.contains(unit));
  }

  public boolean mayClassify(Classification classification) {
    return clearance.permits(classification);
  }

  /** The unit new work is filed under when none is named: the official's most specific unit. */
  public Optional<UnitPath> homeUnit() {
    return units.stream()
        .max(
            Comparator.comparingInt((UnitPath u) -> u.segments().size())
                .thenComparing(UnitPath::value));
  }

  /** What the data layer binds into every query for this caller. */
  public ReadScope readScope() {
    return new ReadScope(
        clearance.level(), units, hasRole(Role.ARCHIVIST), authenticated ? account.value() : "");
  }
}
