package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.archives.api.ArchiveExports;
import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.ExportedDocument;
import id.go.jogjaprov.warta.archives.api.ExportedList;
import id.go.jogjaprov.warta.archives.api.RecordKeeping;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;

/**
 * Archive exports for the officials' pages, read with the signed-in official's permissions: {@code
 * /app/archive-export/record.pdf?id=}, {@code /app/archive-export/list.csv?q=…} with the search
 * page's parameters, {@code /app/archive-export/file?id=&file=} for a file a record keeps, and
 * {@code /app/archive-export/minutes.pdf?id=} for a destruction list. A record the official may not
 * read is not found; a view-only one is refused.
 */
@WebServlet("/app/archive-export/*")
public class ArchiveExportServlet extends HttpServlet {

  @Inject ArchiveExports exports;
  @Inject RecordKeeping keeping;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      switch (String.valueOf(request.getPathInfo())) {
        case "/record.pdf" -> record(request.getParameter("id"), response);
        case "/list.csv" -> list(request, response);
        case "/file" ->
            send(
                exports.recordFile(
                    uuid(request.getParameter("id")), uuid(request.getParameter("file"))),
                response);
        case "/minutes.pdf" -> minutes(request.getParameter("id"), response);
        default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    } catch (ItemNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (NotPermittedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, e.message(request.getLocale()));
    } catch (InvalidInputException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.message(request.getLocale()));
    } catch (RuleViolationException e) {
      response.sendError(HttpServletResponse.SC_CONFLICT, e.message(request.getLocale()));
    }
  }

  private void record(String id, HttpServletResponse response) throws IOException {
    send(exports.recordPdf(uuid(id)), response);
  }

  private void minutes(String id, HttpServletResponse response) throws IOException {
    send(keeping.minutes(uuid(id)), response);
  }

  /** A malformed id names nothing: not found, like an id that names nothing here. */
  private static UUID uuid(String id) {
    try {
      return UUID.fromString(String.valueOf(id));
    } catch (IllegalArgumentException malformed) {
      throw new ItemNotFoundException(AppMessages.ARCHIVE_RECORD_NOT_FOUND);
    }
  }

  private static void send(ExportedDocument document, HttpServletResponse response)
      throws IOException {
    FileDownload.headers(document.fileName(), document.mediaType()).forEach(response::setHeader);
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(document.content().length);
    response.getOutputStream().write(document.content());
  }

  private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ExportedList list =
        exports.list(ArchiveQuery.parse(request::getParameter, PageRequest.first(1)));
    FileDownload.headers(ArchiveListCsv.fileName(list), ArchiveListCsv.MEDIA_TYPE)
        .forEach(response::setHeader);
    response.setContentType(ArchiveListCsv.MEDIA_TYPE);
    response.setHeader("Cache-Control", "no-store");
    ArchiveListCsv.write(list, response.getWriter());
  }
}
