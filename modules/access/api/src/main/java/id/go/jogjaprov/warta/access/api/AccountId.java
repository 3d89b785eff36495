package id.go.jogjaprov.warta.access.api;

/**
 * The identity provider's own id of an account (Keycloak's user id, the token's {@code sub}). It
 * never changes and has one spelling, so "is this the same person" is decided by it, never by a
 * typed name.
 */
public record AccountId(String value) {

  /** Anonymous readers have no account. */
  public static final AccountId NONE = new AccountId("");

  public AccountId {
    value = value == null ? "" : value.strip();
  }

  public boolean isPresent() {
    return !value.isEmpty();
  }

  /** The same account; no account is never the same as another. */
  public boolean sameAs(AccountId other) {
    return isPresent() && value.equals(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
