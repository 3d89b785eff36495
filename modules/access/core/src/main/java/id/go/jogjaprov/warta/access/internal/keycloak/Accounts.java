package id.go.jogjaprov.warta.access.internal.keycloak;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.kernel.Username;
import java.util.Optional;

/** Looks accounts up in the identity provider, whatever spelling of the name was typed. */
public interface Accounts {

  /** The account with this name (matched as the identity provider matches: without case). */
  Optional<Account> find(Username username);

  /**
   * An account as the identity provider keeps it: its id, its canonical name, whether it may sign
   * in.
   */
  record Account(AccountId id, Username username, boolean enabled) {}
}
