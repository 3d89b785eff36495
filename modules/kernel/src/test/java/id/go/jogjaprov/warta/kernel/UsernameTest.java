package id.go.jogjaprov.warta.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

  @ParameterizedTest
  @ValueSource(strings = {"admin.sso", "ADMIN.SSO", "Admin.Sso", "  admin.sso  "})
  void everySpellingOfANameIsTheSameAccount(String spelling) {
    assertEquals(new Username("admin.sso"), new Username(spelling));
    assertEquals("admin.sso", new Username(spelling).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "admin\u0000.sso", "admin\nsso"})
  void blankOrControlCharactersAreRefused(String spelling) {
    assertThrows(InvalidInputException.class, () -> new Username(spelling));
  }

  @Test
  void aMissingNameIsRefused() {
    assertThrows(InvalidInputException.class, () -> new Username(null));
  }
}
