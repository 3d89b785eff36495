package id.go.jogjaprov.warta.kernel;

import java.util.List;

/**
 * A unit of work (unit kerja, OPD) named by its path in the unit tree, as Keycloak writes group
 * paths: {@code /Pemda DIY/Diskominfo DIY/Bidang Humas}. A unit contains itself and every unit
 * below it.
 */
public record UnitPath(String value) {

  public UnitPath {
    if (value == null
        || !value.startsWith("/")
        || value.length() < 2
        || value.endsWith("/")
        || value.contains("//")
        || value.contains("|")) {
      throw new InvalidInputException(KernelMessages.UNIT_PATH_INVALID, value);
    }
  }

  public static UnitPath of(String value) {
    return new UnitPath(value);
  }

  /** True when {@code other} is this unit or lies below it in the tree. */
  public boolean contains(UnitPath other) {
    return other.value.equals(value) || other.value.startsWith(value + "/");
  }

  /** The unit's own name, the last segment of its path. */
  public String name() {
    return value.substring(value.lastIndexOf('/') + 1);
  }

  /** This unit and every unit above it, from the top of the tree down. */
  public List<UnitPath> withUnitsAbove() {
    List<String> segments = segments();
    return java.util.stream.IntStream.rangeClosed(1, segments.size())
        .mapToObj(n -> new UnitPath("/" + String.join("/", segments.subList(0, n))))
        .toList();
  }

  public List<String> segments() {
    return List.of(value.substring(1).split("/"));
  }

  @Override
  public String toString() {
    return value;
  }
}
