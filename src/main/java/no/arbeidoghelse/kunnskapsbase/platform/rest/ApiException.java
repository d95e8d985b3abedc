package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.domain.FieldError;

/**
 * A refusal the edges (REST resources, pages) give with an HTTP status of their own choosing;
 * control code throws {@link DomainException} instead. Answered as a problem by {@link
 * DomainExceptionMapper}.
 */
public class ApiException extends DomainException {

  private final int status;

  public ApiException(int status, String detail) {
    this(status, detail, null);
  }

  public ApiException(int status, String detail, List<FieldError> errors) {
    super(Reason.INVALID, detail, errors);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static ApiException badRequest(String detail) {
    return new ApiException(Status.BAD_REQUEST.getStatusCode(), detail);
  }

  public static ApiException invalid(List<FieldError> errors) {
    String summary =
        errors.stream()
            .map(error -> error.field() + ": " + error.message())
            .collect(java.util.stream.Collectors.joining("; "));
    return new ApiException(Status.BAD_REQUEST.getStatusCode(), summary, errors);
  }

  public static ApiException invalidField(String field, String message) {
    return invalid(List.of(new FieldError(field, message)));
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
