package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.platform.domain.FieldError;

/** Bean Validation of request bodies, answering 400 with every invalid field named. */
public final class RequestValidation {

  private RequestValidation() {}

  public static <T> T requireValid(Validator validator, T body) {
    if (body == null) {
      throw ApiException.badRequest("A JSON request body is required.");
    }
    var violations = validator.validate(body);
    if (!violations.isEmpty()) {
      List<FieldError> errors =
          violations.stream()
              .map(v -> new FieldError(path(v), v.getMessage()))
              .sorted(Comparator.comparing(FieldError::field))
              .toList();
      throw ApiException.invalid(errors);
    }
    return body;
  }

  /** {@code sectors[1].<list element>} reads better as {@code sectors[1]}. */
  private static String path(ConstraintViolation<?> violation) {
    return violation.getPropertyPath().toString().replaceAll("\\.<[a-z ]+>", "");
  }
}
