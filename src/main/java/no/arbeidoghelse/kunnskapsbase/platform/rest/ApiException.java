package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/**
 * A failure the client can act on. Thrown by control classes; mapped to a problem answer with the
 * given status by {@link ProblemMappers}.
 */
public class ApiException extends RuntimeException {

  private final int status;
  private final List<Problem.FieldError> errors;

  public ApiException(int status, String detail) {
    this(status, detail, null);
  }

  public ApiException(int status, String detail, List<Problem.FieldError> errors) {
    super(detail, null, false, false);
    this.status = status;
    this.errors = errors;
  }

  public int status() {
    return status;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }

  public static ApiException badRequest(String detail) {
    return new ApiException(Status.BAD_REQUEST.getStatusCode(), detail);
  }

  public static ApiException invalid(List<Problem.FieldError> errors) {
    String summary =
        errors.stream()
            .map(error -> error.field() + ": " + error.message())
            .collect(java.util.stream.Collectors.joining("; "));
    return new ApiException(Status.BAD_REQUEST.getStatusCode(), summary, errors);
  }

  public static ApiException invalidField(String field, String message) {
    return invalid(List.of(new Problem.FieldError(field, message)));
  }

  public static ApiException unauthorized(String detail) {
    return new ApiException(Status.UNAUTHORIZED.getStatusCode(), detail);
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(Status.FORBIDDEN.getStatusCode(), detail);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(Status.NOT_FOUND.getStatusCode(), detail);
  }

  public static ApiException conflict(String detail) {
    return new ApiException(Status.CONFLICT.getStatusCode(), detail);
  }

  public static ApiException preconditionFailed(String detail) {
    return new ApiException(Status.PRECONDITION_FAILED.getStatusCode(), detail);
  }

  public static ApiException preconditionRequired(String detail) {
    return new ApiException(428, detail);
  }

  public static ApiException payloadTooLarge(String detail) {
    return new ApiException(Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(), detail);
  }
}
