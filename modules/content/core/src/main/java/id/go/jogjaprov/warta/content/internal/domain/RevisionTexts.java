package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.RevisionSummary;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import java.util.Optional;

/** The kept texts of releases the caller may read; anything else is absent, totals included. */
public interface RevisionTexts {

  Optional<RevisionText> find(ReleaseId release, int number);

  /** Newest first, without the text itself. */
  Page<RevisionSummary> history(ReleaseId release, PageRequest page);

  /** Raises every text of the release kept below {@code level} to it. */
  void raiseTo(ReleaseId release, Classification level);

  /** Lowers one text of the release to {@code level}. */
  void lower(ReleaseId release, int number, Classification level);
}
