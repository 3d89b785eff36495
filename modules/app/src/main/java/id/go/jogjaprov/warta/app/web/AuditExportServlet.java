package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEntry;
import id.go.jogjaprov.warta.access.api.AuditQuery;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail as CSV, for auditors (web.xml): every entry the filter matches, newest first,
 * streamed page by page from where the last page ended (entries written meanwhile neither shift nor
 * repeat rows), with the same details withheld as on the page ({@link Csv}).
 */
@WebServlet("/app/audit-export")
public class AuditExportServlet extends HttpServlet {

  private static final List<String> HEADER =
      List.of(
          "No.",
          "Urutan rantai",
          "Waktu (UTC)",
          "Pejabat",
          "Dari",
          "Tindakan",
          "Jenis butir",
          "Butir",
          "Klasifikasi",
          "Keterangan");

  @Inject AuditTrail trail;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    AuditQuery query =
        new AuditQuery(
            text(request, "actor").map(Username::new),
            text(request, "action")
                .flatMap(
                    name ->
                        Arrays.stream(AuditAction.values())
                            .filter(a -> a.name().equals(name))
                            .findFirst()),
            text(request, "item"),
            Optional.empty(),
            Optional.empty());
    Page<AuditEntry> page = trail.search(query, PageRequest.first(PageRequest.MAX_SIZE));
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"jejak-audit.csv\"");
    PrintWriter out = response.getWriter();
    Csv.begin(out);
    Csv.line(out, HEADER);
    while (true) {
      for (AuditEntry entry : page.items()) {
        Csv.line(
            out,
            List.of(
                Long.toString(entry.id()),
                entry.sequence().isPresent() ? Long.toString(entry.sequence().getAsLong()) : "",
                entry.at().toString(),
                entry.actor(),
                entry.origin(),
                entry.action().name(),
                entry.itemKind(),
                entry.itemId(),
                entry.level().label(),
                entry.detailWithheld() ? "[di atas izin Anda]" : entry.detail()));
      }
      if (page.items().size() < PageRequest.MAX_SIZE) {
        return;
      }
      page =
          trail.search(
              query.before(page.items().get(page.items().size() - 1).id()),
              PageRequest.first(PageRequest.MAX_SIZE));
    }
  }

  private static Optional<String> text(HttpServletRequest request, String name) {
    return Optional.ofNullable(request.getParameter(name))
        .map(String::strip)
        .filter(value -> !value.isEmpty());
  }
}
