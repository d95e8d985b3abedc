package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;

/**
 * The site's error page for browsers (an unknown address, a method not allowed): the container's
 * error handling forwards here when the request asked for HTML.
 */
@WebServlet(urlPatterns = "/feil")
public class ErrorPage extends Page {

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    doGet(request, response);
  }

  @Override
  protected View view(Visit visit) {
    Object code = visit.request().getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404;
    throw new ApiException(
        status,
        visit.text(
            status == 404
                ? "error.noSuchPage"
                : status >= 500 ? "error.unexpected" : "error.request"));
  }
}
