package id.go.jogjaprov.warta.app.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /language?to=en&back=/warta/app/…}: switches the reader's language and returns to the
 * page, which must be one of Warta's own (never another site).
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    LanguageView.switchTo(request.getParameter("to"), request, response);
    String back = request.getParameter("back");
    String home = request.getContextPath() + "/";
    boolean ours =
        back != null
            && back.startsWith(home)
            && !back.contains("//")
            && !back.contains("\\")
            && back.chars().noneMatch(Character::isISOControl);
    response.sendRedirect(ours ? back : home);
  }
}
