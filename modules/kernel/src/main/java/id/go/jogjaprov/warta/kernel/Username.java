package id.go.jogjaprov.warta.kernel;

/** The login name of an official, as the identity provider knows it (e.g. {@code staf.humas}). */
public record Username(String value) {

  public Username {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A username is required");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
