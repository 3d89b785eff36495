package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.access.api.SignOut;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Signs out here and at Keycloak, then returns to the public portal at its configured address
 * (never one taken from the request's Host header).
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

  @Inject SignOut signOut;

  @Inject PublicAddresses addresses;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(signOut.signOut(URI.create(addresses.portal())).toString());
  }
}
