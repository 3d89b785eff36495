package id.go.jogjaprov.warta.archives.internal.domain;

import java.util.Optional;
import java.util.UUID;

/** Destruction lists, read under their read rule. */
public interface DestructionLists {

  void add(DestructionList list);

  Optional<DestructionList> find(UUID id);

  /**
   * Writes a decision out before the records it carries out change: the database lets a record be
   * destroyed only by a list it already holds as approved.
   */
  void decided(DestructionList list);
}
