package id.go.jogjaprov.warta.access.api;

import java.util.Arrays;
import java.util.Optional;

/** What an official does in the office. Clearance is separate: a role never implies a clearance. */
public enum Role {
  STAFF(Roles.STAFF),
  DEPARTMENT_HEAD(Roles.DEPARTMENT_HEAD),
  AGENCY_HEAD(Roles.AGENCY_HEAD),
  ARCHIVIST(Roles.ARCHIVIST),
  ADMIN(Roles.ADMIN),
  AUDITOR(Roles.AUDITOR);

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  /** The name the identity provider and the container use for this role. */
  public String roleName() {
    return roleName;
  }

  public static Optional<Role> named(String roleName) {
    return Arrays.stream(values()).filter(r -> r.roleName.equals(roleName)).findFirst();
  }

  /** Roles that write and revise releases. */
  public boolean writes() {
    return this == STAFF || this == DEPARTMENT_HEAD || this == AGENCY_HEAD;
  }

  /** Roles that decide on releases submitted for review. */
  public boolean reviews() {
    return this == DEPARTMENT_HEAD || this == AGENCY_HEAD;
  }
}
