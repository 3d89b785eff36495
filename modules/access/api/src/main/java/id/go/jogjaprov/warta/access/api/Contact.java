package id.go.jogjaprov.warta.access.api;

import id.go.jogjaprov.warta.kernel.Username;
import java.util.Optional;

/**
 * Where to reach an official: their account (an inbox is theirs by it), name, e-mail address if
 * Keycloak has one, and the language they chose.
 */
public record Contact(
    AccountId account, Username username, Optional<String> email, Optional<String> language) {}
