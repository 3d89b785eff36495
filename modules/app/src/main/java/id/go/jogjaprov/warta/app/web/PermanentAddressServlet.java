package id.go.jogjaprov.warta.app.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The public's permanent addresses: {@code /rilis/{slug}} shows a public release, {@code
 * /verify/{seal}} (what a seal's QR code carries) its seal's verification.
 */
@WebServlet({"/rilis/*", "/verify/*"})
public class PermanentAddressServlet extends HttpServlet {

  /** Each address's page, and the parameter its last segment becomes. */
  private static final Map<String, String> PAGES =
      Map.of("/rilis", "/rilis.xhtml?slug=", "/verify", "/verify.xhtml?seal=");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    request
        .getRequestDispatcher(
            PAGES.get(request.getServletPath()) + URLEncoder.encode(key, StandardCharsets.UTF_8))
        .forward(request, response);
  }
}
