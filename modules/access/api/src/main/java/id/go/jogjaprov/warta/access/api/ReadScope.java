package id.go.jogjaprov.warta.access.api;

import id.go.jogjaprov.warta.kernel.UnitPath;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The caller's read permissions in the form the data layer filters by. The access module binds them
 * as EclipseLink additional-criteria parameters on every session a persistence unit opens
 * (ReadScopeBinding, registered in each module's persistence.xml); where no official is known,
 * nothing is bound and every query of protected material fails closed.
 */
public record ReadScope(
    int clearanceLevel, Set<UnitPath> units, boolean archiveReader, String account) {

  /** The caller's clearance level, 0 for anonymous. */
  public static final String CLEARANCE = "wartaClearance";

  /** The caller's unit paths, joined by {@code |}, for {@code access.within_units}. */
  public static final String UNITS = "wartaUnits";

  /** 1 when the caller reads archive records by office (archivists), else 0. */
  public static final String ARCHIVE_READER = "wartaArchiveReader";

  /** The caller's account (Keycloak's id), for explicit grants; empty for anonymous readers. */
  public static final String USER = "wartaUser";

  /** Every parameter the read rule takes. */
  public static final java.util.List<String> PARAMETERS =
      java.util.List.of(CLEARANCE, UNITS, ARCHIVE_READER, USER);

  public ReadScope {
    units = Set.copyOf(units);
  }

  /** Unit paths in the form {@code access.within_units} takes: joined by {@code |}. */
  public static String unitsParameter(Set<UnitPath> units) {
    return units.stream().map(UnitPath::value).sorted().collect(Collectors.joining("|"));
  }

  /** Hands each parameter to {@code setter}, typically {@code entityManager::setProperty}. */
  public void applyTo(BiConsumer<String, Object> setter) {
    setter.accept(CLEARANCE, clearanceLevel);
    setter.accept(UNITS, unitsParameter(units));
    setter.accept(ARCHIVE_READER, archiveReader ? 1 : 0);
    setter.accept(USER, account);
  }
}
