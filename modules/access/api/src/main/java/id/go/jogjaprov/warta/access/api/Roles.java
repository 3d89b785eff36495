package id.go.jogjaprov.warta.access.api;

/**
 * Role names as constants, for {@code @RolesAllowed} and web.xml, which need compile-time strings.
 */
public final class Roles {
  public static final String STAFF = "staff";
  public static final String DEPARTMENT_HEAD = "department-head";
  public static final String AGENCY_HEAD = "agency-head";
  public static final String ARCHIVIST = "archivist";
  public static final String ADMIN = "admin";
  public static final String AUDITOR = "auditor";

  private Roles() {}
}
