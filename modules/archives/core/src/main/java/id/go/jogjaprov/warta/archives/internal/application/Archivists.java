package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.archives.internal.ArchivesMessages;
import id.go.jogjaprov.warta.kernel.NotPermittedException;

/** The archivists' own work (holds, lists, imports) is refused to everyone else. */
final class Archivists {

  private Archivists() {}

  /** The caller, who must be an archivist. */
  static Official caller(CurrentOfficial official) {
    Official caller = official.get();
    if (!caller.hasRole(Role.ARCHIVIST)) {
      throw new NotPermittedException(ArchivesMessages.ARCHIVIST_ONLY);
    }
    return caller;
  }
}
