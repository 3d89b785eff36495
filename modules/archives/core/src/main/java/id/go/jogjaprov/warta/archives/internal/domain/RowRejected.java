package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.archives.api.ImportProblem;

/** A row of an import cannot become a record: thrown by {@link ImportedRelease#of}. */
public final class RowRejected extends Exception {

  private final transient RowProblem problem;

  public RowRejected(ImportProblem problem, String detail) {
    this(new RowProblem(problem, detail));
  }

  public RowRejected(RowProblem problem) {
    super(problem.problem().name(), null, false, false);
    this.problem = problem;
  }

  public RowProblem problem() {
    return problem;
  }
}
