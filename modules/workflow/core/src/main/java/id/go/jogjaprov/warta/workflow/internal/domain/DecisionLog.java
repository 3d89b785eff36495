package id.go.jogjaprov.warta.workflow.internal.domain;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import java.util.List;

/** The decisions the caller may see. */
public interface DecisionLog {

  void add(DecisionEntry entry);

  List<DecisionEntry> on(ReleaseId releaseId);
}
