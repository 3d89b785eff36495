package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.archives.api.ImportProblem;

/** Why a row becomes no record, and the field or value that says so (never the row's words). */
public record RowProblem(ImportProblem problem, String detail) {

  private static final int DETAIL_MAX = 200;

  public RowProblem {
    detail = detail == null ? "" : detail.strip();
    if (detail.length() > DETAIL_MAX) {
      detail = detail.substring(0, DETAIL_MAX) + "…";
    }
  }
}
