package id.go.jogjaprov.warta.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Officials' pages may show classified text: no browser or proxy may keep them, so the back button
 * after sign-out or a shared computer's disk cache shows nothing.
 */
@WebFilter(urlPatterns = {"/app/*", "/callback", "/signout"})
public class NoStoreForOfficialsFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    chain.doFilter(request, response);
  }
}
