package id.go.jogjaprov.warta.workflow.internal.domain;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import java.util.List;
import java.util.Optional;

/** The approval seals the caller may see. */
public interface ApprovalSeals {

  void add(ApprovalSeal seal);

  Optional<ApprovalSeal> find(String id);

  /** The release's seals, newest first. */
  List<ApprovalSeal> of(ReleaseId release);
}
