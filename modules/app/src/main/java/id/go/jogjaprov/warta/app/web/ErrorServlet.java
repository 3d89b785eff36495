package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.app.infrastructure.Outages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The container's error pages (401, 403, 404, 500, 503): problem details on the API, a plain page
 * in the browser. Neither repeats anything from the failed request. A failure because the database
 * is away answers 503 ("try again shortly"), as does sign-in while Keycloak cannot be reached.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {

  private static final Map<Integer, String> TITLES =
      Map.of(
          401, "Silakan masuk terlebih dahulu",
          403, "Akses ditolak",
          404, "Tidak ditemukan",
          500, "Galat sistem",
          503, "Layanan sedang tidak tersedia");

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    boolean databaseAway =
        request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
            && Outages.databaseUnavailable(failure);
    int status = databaseAway ? 503 : code instanceof Integer value ? value : 500;
    if (status == 503) {
      response.setHeader("Retry-After", databaseAway ? "5" : "30");
    }
    String title = TITLES.getOrDefault(status, "Galat");
    String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setCharacterEncoding("UTF-8");
    if (uri.startsWith(request.getContextPath() + "/api/")) {
      response.setContentType("application/problem+json");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + "}");
      return;
    }
    response.setContentType("text/html");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"UTF-8\"><title>"
                + title
                + " — Warta</title><link rel=\"stylesheet\" href=\""
                + request.getContextPath()
                + "/resources/css/warta.css\"></head><body class=\"error-page\"><main><h1>"
                + status
                + " · "
                + title
                + "</h1><p>"
                + explanation(status, databaseAway)
                + "</p><p><a href=\""
                + request.getContextPath()
                + "/\">Kembali ke beranda Warta</a></p></main></body></html>");
  }

  private static String explanation(int status, boolean databaseAway) {
    if (databaseAway) {
      return "Basis data Warta sedang tidak dapat dihubungi; tidak ada yang berubah. Silakan coba lagi sebentar lagi.";
    }
    return switch (status) {
      case 503 ->
          "Layanan masuk (SSO) sedang tidak dapat dihubungi, jadi Anda belum dapat masuk. "
              + "Portal publik tetap dapat dibaca. Silakan coba masuk lagi beberapa menit lagi.";
      case 403 ->
          "Akun Anda tidak memiliki peran di Warta atau tidak berhak membuka halaman ini. "
              + "Hubungi admin SSO bila Anda memerlukan akses.";
      case 404 -> "Halaman atau dokumen yang Anda cari tidak ada.";
      case 401 -> "Halaman ini hanya untuk pegawai yang telah masuk.";
      default -> "Terjadi galat pada sistem. Silakan coba lagi.";
    };
  }
}
