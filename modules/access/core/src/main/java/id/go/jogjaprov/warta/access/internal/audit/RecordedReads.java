package id.go.jogjaprov.warta.access.internal.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashSet;
import java.util.Set;

/** The items whose reading this request has already recorded: one page may read an item twice. */
@RequestScoped
class RecordedReads {

  private final Set<String> items = new HashSet<>();

  /** True the first time in this request. */
  boolean first(String itemKind, String itemId) {
    return items.add(itemKind + "/" + itemId);
  }
}
