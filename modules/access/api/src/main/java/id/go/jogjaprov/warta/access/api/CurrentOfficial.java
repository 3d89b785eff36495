package id.go.jogjaprov.warta.access.api;

/** The official behind the current request; inject it wherever a decision needs the caller. */
public interface CurrentOfficial {

  Official get();

  /** The language the official chose in Keycloak (its {@code locale}), if they chose one. */
  default java.util.Optional<java.util.Locale> preferredLocale() {
    return java.util.Optional.empty();
  }
}
