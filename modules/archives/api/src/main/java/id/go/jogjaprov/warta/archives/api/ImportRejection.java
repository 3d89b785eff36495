package id.go.jogjaprov.warta.archives.api;

import java.util.Locale;

/**
 * A row that became no record: its place in the file (the first row is 1), its key there (a guid,
 * an id; empty when it had none), and why, with the detail that names what is wrong (a field, a
 * value) — never the row's words.
 */
public record ImportRejection(long row, String key, ImportProblem problem, String detail) {

  public String reason(Locale locale) {
    return problem.in(locale, detail);
  }
}
