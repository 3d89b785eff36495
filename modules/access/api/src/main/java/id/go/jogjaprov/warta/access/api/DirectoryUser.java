package id.go.jogjaprov.warta.access.api;

import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.util.Set;

/** An account in the identity provider, as administrators see it. */
public record DirectoryUser(
    Username username,
    String fullName,
    boolean enabled,
    Set<Role> roles,
    Clearance clearance,
    Set<UnitPath> units) {}
