package id.go.jogjaprov.warta.kernel;

import java.util.Locale;

/**
 * The login name of an official (e.g. {@code staf.humas}), in the one spelling the identity
 * provider keeps: Keycloak matches usernames without regard to case and stores them in lower case,
 * so {@code ADMIN.SSO} and {@code admin.sso} are the same account and compare equal here too.
 */
public record Username(String value) {

  public static final int MAX_LENGTH = 255;

  public Username {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("username", KernelMessages.USERNAME_REQUIRED);
    }
    value = value.strip().toLowerCase(Locale.ROOT);
    if (value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException("username", KernelMessages.USERNAME_INVALID);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
