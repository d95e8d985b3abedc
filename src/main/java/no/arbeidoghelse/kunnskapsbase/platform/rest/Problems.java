package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.platform.domain.FieldError;

/** Builds problem answers; the one place that decides what an error response looks like. */
public final class Problems {

  public static final String REALM = "kunnskapsbase";

  private Problems() {}

  public static Response response(int status, String detail) {
    return response(status, detail, null);
  }

  public static Response response(int status, String detail, List<FieldError> errors) {
    var statusInfo = Response.Status.fromStatusCode(status);
    String title = statusInfo != null ? statusInfo.getReasonPhrase() : titleOf(status);
    var builder =
        Response.status(status)
            .type(Problem.MEDIA_TYPE)
            .entity(new Problem("about:blank", title, status, detail, null, errors));
    if (status == 401) {
      builder.header(
          HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    }
    return builder.build();
  }

  private static String titleOf(int status) {
    return switch (status) {
      case 422 -> "Unprocessable Content";
      case 428 -> "Precondition Required";
      case 429 -> "Too Many Requests";
      default -> status >= 500 ? "Server Error" : "Client Error";
    };
  }
}
