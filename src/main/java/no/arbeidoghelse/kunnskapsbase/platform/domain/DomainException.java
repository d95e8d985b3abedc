package no.arbeidoghelse.kunnskapsbase.platform.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule of the domain said no: what was asked is invalid, not allowed, not there or in conflict.
 * Control code throws it; the edges turn the {@link Reason} into their own answer (REST: a problem
 * with an HTTP status; pages: an error view).
 */
public class DomainException extends RuntimeException {

  /** Why the answer is no. */
  public enum Reason {
    INVALID,
    NOT_SIGNED_IN,
    NOT_ALLOWED,
    NOT_FOUND,
    CONFLICT,
    TOO_LARGE,
    OUT_OF_RANGE,
    UNAVAILABLE
  }

  private final Reason reason;
  private final List<FieldError> errors;

  protected DomainException(Reason reason, String detail, List<FieldError> errors) {
    super(detail, null, false, false);
    this.reason = reason;
    this.errors = errors;
  }

  public Reason reason() {
    return reason;
  }

  /** The fields that are wrong, when the request was invalid field by field; otherwise null. */
  public List<FieldError> errors() {
    return errors;
  }

  public static DomainException invalid(String detail) {
    return new DomainException(Reason.INVALID, detail, null);
  }

  public static DomainException invalid(List<FieldError> errors) {
    String summary =
        errors.stream()
            .map(error -> error.field() + ": " + error.message())
            .collect(Collectors.joining("; "));
    return new DomainException(Reason.INVALID, summary, errors);
  }

  public static DomainException invalidField(String field, String message) {
    return invalid(List.of(new FieldError(field, message)));
  }

  public static DomainException notSignedIn(String detail) {
    return new DomainException(Reason.NOT_SIGNED_IN, detail, null);
  }

  public static DomainException notAllowed(String detail) {
    return new DomainException(Reason.NOT_ALLOWED, detail, null);
  }

  public static DomainException notFound(String detail) {
    return new DomainException(Reason.NOT_FOUND, detail, null);
  }

  public static DomainException conflict(String detail) {
    return new DomainException(Reason.CONFLICT, detail, null);
  }

  public static DomainException tooLarge(String detail) {
    return new DomainException(Reason.TOO_LARGE, detail, null);
  }

  public static DomainException outOfRange(String detail) {
    return new DomainException(Reason.OUT_OF_RANGE, detail, null);
  }

  public static DomainException unavailable(String detail) {
    return new DomainException(Reason.UNAVAILABLE, detail, null);
  }
}
