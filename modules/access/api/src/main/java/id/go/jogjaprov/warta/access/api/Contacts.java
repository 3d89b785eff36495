package id.go.jogjaprov.warta.access.api;

import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.util.List;
import java.util.Optional;

/**
 * Who to tell: officials found in Keycloak (the one directory), enabled accounts only, remembered
 * for a short while ({@code warta.directory.contacts-for}, a minute) so that a busy hour does not
 * ask Keycloak for the same unit again and again. Names and addresses only, never anything
 * classified. Fails (an exception) while Keycloak is away; callers retry later.
 */
public interface Contacts {

  /** Members of {@code unit} itself (not of the units below it) who hold {@code role}. */
  List<Contact> holding(Role role, UnitPath unit);

  Optional<Contact> of(Username username);
}
