package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.content.api.AttachmentContent;
import id.go.jogjaprov.warta.content.api.AttachmentId;
import id.go.jogjaprov.warta.content.api.AttachmentService;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Attachments for the officials' pages ({@code /app/files/{id}[?thumbnail=true]}), read with the
 * signed-in official's permissions; one they may not read is not found.
 */
@WebServlet("/app/files/*")
public class AttachmentFileServlet extends HttpServlet {

  @Inject AttachmentService attachments;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    AttachmentContent file;
    try {
      file =
          attachments.content(
              AttachmentId.parse(path), "true".equals(request.getParameter("thumbnail")));
    } catch (ItemNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileDownload.headers(file).forEach(response::setHeader);
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(file.bytes().length);
    response.getOutputStream().write(file.bytes());
  }
}
