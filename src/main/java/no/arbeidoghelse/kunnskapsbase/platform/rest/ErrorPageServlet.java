package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The container's error page (see web.xml): failures outside the REST API (an unknown path, a
 * servlet error) are answered as problem documents too, never as an HTML stack trace. A browser
 * asking for a page (HTML, outside {@code /api}) is shown the site's own error page, {@value
 * #HTML_ERROR_PAGE}, instead.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

  static final String HTML_ERROR_PAGE = "/feil";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String accept = request.getHeader("Accept");
    if (accept != null
        && accept.contains("text/html")
        && !(uri instanceof String path && path.startsWith("/api/"))
        && !response.isCommitted()) {
      try {
        request.getRequestDispatcher(HTML_ERROR_PAGE).forward(request, response);
        return;
      } catch (jakarta.servlet.ServletException e) {
        // fall back to the problem document below
      }
    }
    String detail =
        switch (status) {
          case 404 -> "There is nothing at " + (uri == null ? "this address" : uri) + ".";
          case 405 -> "This method is not allowed here.";
          default ->
              status >= 500
                  ? "An unexpected error occurred on the server."
                  : "The request could not be handled.";
        };
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", status >= 500 ? "Server Error" : "Client Error")
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString());
  }
}
