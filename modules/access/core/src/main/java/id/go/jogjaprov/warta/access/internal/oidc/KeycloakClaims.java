package id.go.jogjaprov.warta.access.internal.oidc;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.access.api.Clearance;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the Warta realm in Keycloak describes an official: realm roles (including the expanded
 * clearance composites) in the flat {@code groups} claim, unit memberships as full group paths in
 * the {@code units} claim. The only place that knows these names.
 */
public final class KeycloakClaims {

  static final String ROLES_CLAIM = "groups";
  static final String UNITS_CLAIM = "units";

  /** The user's chosen language (Keycloak's {@code locale} attribute, in the profile scope). */
  static final String LOCALE_CLAIM = "locale";

  /**
   * The group of accounts the directory service account may not touch (administrators): a guard
   * kept in Keycloak's permissions, not a unit.
   */
  public static final String PROTECTED_ACCOUNTS_GROUP = "/protected-accounts";

  /** Clearance roles, highest first; composites put the lower ones in the token as well. */
  private static final Map<String, Classification> CLEARANCE_ROLES =
      Map.of(
          "clearance-sangat-rahasia", Classification.SANGAT_RAHASIA,
          "clearance-rahasia", Classification.RAHASIA,
          "clearance-terbatas", Classification.TERBATAS);

  private KeycloakClaims() {}

  public static boolean isClearanceRole(String roleName) {
    return CLEARANCE_ROLES.containsKey(roleName);
  }

  /** The realm role that grants {@code level} (composites include the levels below). */
  public static String clearanceRole(Classification level) {
    return CLEARANCE_ROLES.entrySet().stream()
        .filter(entry -> entry.getValue() == level)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No clearance role for " + level));
  }

  /**
   * The official a token describes: {@code subject} is the token's {@code sub}, Keycloak's id of
   * the account.
   */
  public static Official official(
      String username, String subject, Collection<String> roleNames, Collection<String> unitPaths) {
    // A token of an account without any role carries no roles claim at all.
    if (roleNames == null) {
      roleNames = Set.of();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roleNames.forEach(name -> Role.named(name).ifPresent(roles::add));
    int clearance =
        roleNames.stream()
            .map(CLEARANCE_ROLES::get)
            .filter(java.util.Objects::nonNull)
            .mapToInt(Classification::level)
            .max()
            .orElse(Classification.BIASA.level());
    Set<UnitPath> units =
        unitPaths.stream()
            .filter(KeycloakClaims::isUnitPath)
            .map(UnitPath::of)
            .collect(Collectors.toSet());
    return new Official(
        true,
        new Username(username),
        new AccountId(subject),
        roles,
        new Clearance(clearance),
        units);
  }

  private static boolean isUnitPath(String path) {
    if (PROTECTED_ACCOUNTS_GROUP.equals(path)) {
      return false;
    }
    try {
      UnitPath.of(path);
      return true;
    } catch (RuntimeException malformed) {
      return false;
    }
  }
}
