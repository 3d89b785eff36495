package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.app.PublicContent;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;

/**
 * The portal's pages cached as {@link PublicContent} says: a citizen's page is rendered whole, and
 * tagged with a digest of its bytes, so that a reader holding the same page gets {@code 304} and
 * one holding an older one (or a release since withdrawn, which answers 404) gets what is shown
 * now. Only pages that answered 200 to a reader who is not signed in, without starting a session,
 * are tagged: an official's page names them, and is never kept.
 */
@WebFilter(urlPatterns = {"", "/index.xhtml", "/rilis/*"})
public class PublicPageCachingFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null || !"GET".equals(request.getMethod())) {
      response.setHeader("Cache-Control", "private, no-store");
      chain.doFilter(request, response);
      return;
    }
    RenderedPage page = new RenderedPage(response);
    chain.doFilter(request, page);
    if (page.diverted) {
      return;
    }
    byte[] body = page.bytes();
    var session = request.getSession(false);
    if (session != null && session.isNew()) {
      // Its cookie must reach this reader alone.
      response.setHeader("Cache-Control", "private, no-store");
    } else if (page.status == HttpServletResponse.SC_OK) {
      String tag = "\"" + PublicContent.tagOf(body) + "\"";
      response.setHeader("ETag", tag);
      response.setHeader("Cache-Control", PublicContent.CACHE_CONTROL);
      // The same address reads in the language the reader chose.
      response.setHeader("Vary", "Cookie, Accept-Language");
      String held = request.getHeader("If-None-Match");
      if (held != null && held.contains(tag)) {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return;
      }
    } else {
      response.setHeader("Cache-Control", "no-store");
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /**
   * A response kept in memory until the page is rendered whole; an error or a redirect goes out as
   * it is ({@code diverted}).
   */
  private static final class RenderedPage extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private PrintWriter writer;
    private ServletOutputStream stream;
    private int status = SC_OK;
    private boolean diverted;

    RenderedPage(HttpServletResponse response) {
      super(response);
    }

    byte[] bytes() {
      if (writer != null) {
        writer.flush();
      }
      return buffer.toByteArray();
    }

    @Override
    public void setStatus(int status) {
      this.status = status;
      super.setStatus(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      diverted = true;
      super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
      diverted = true;
      super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      diverted = true;
      super.sendRedirect(location);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(buffer, getCharacterEncoding()));
      }
      return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                buffer.write(b);
              }

              @Override
              public void write(byte[] bytes, int offset, int length) {
                buffer.write(bytes, offset, length);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("pages are written blocking");
              }
            };
      }
      return stream;
    }

    /** Nothing leaves before the page is whole: its tag is of all of it. */
    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public void setContentLength(int length) {}

    @Override
    public void setContentLengthLong(long length) {}

    @Override
    public boolean isCommitted() {
      return diverted;
    }
  }
}
