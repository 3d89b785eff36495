package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.access.api.SignOut;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs out here and at Keycloak, then returns to the public portal at its configured address
 * (never one taken from the request's Host header).
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

  @Inject SignOut signOut;

  @Inject
  @ConfigProperty(name = "warta.public-url")
  String publicUrl;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String portal = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    response.sendRedirect(signOut.signOut(URI.create(portal)).toString());
  }
}
