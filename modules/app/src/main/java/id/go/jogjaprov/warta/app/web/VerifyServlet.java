package id.go.jogjaprov.warta.app.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code /verify/{seal}}, the address a seal's QR code carries, shows the verification page. */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String seal = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    request
        .getRequestDispatcher(
            "/verify.xhtml?seal=" + URLEncoder.encode(seal, StandardCharsets.UTF_8))
        .forward(request, response);
  }
}
