package id.go.jogjaprov.warta.app.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak returns the browser after sign-in. The login mechanism has already completed the
 * code exchange when this runs; it only sends the official on to their dashboard.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/app/dashboard.xhtml");
  }
}
