package id.go.jogjaprov.warta.workflow.internal.domain;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import java.util.List;

/** Passage comments the caller may see. */
public interface PassageComments {

  void add(PassageComment comment);

  /** A release's comments, oldest first. */
  List<PassageComment> of(ReleaseId release);
}
