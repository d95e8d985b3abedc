package no.arbeidoghelse.kunnskapsbase.platform.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Collection;

/**
 * Every entry of a list of strings is present, not blank and at most {@link #maxLength()} long.
 * Used instead of {@code List<@NotBlank @Size String>}: Payara's OpenAPI generator fails on
 * constraints inside type arguments.
 */
@Documented
@Constraint(validatedBy = NonBlankEntries.Validator.class)
@Target({FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface NonBlankEntries {

  int maxLength() default 200;

  String message() default "every entry must be non-blank text of at most {maxLength} characters";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<NonBlankEntries, Collection<?>> {
    private int maxLength;

    @Override
    public void initialize(NonBlankEntries annotation) {
      maxLength = annotation.maxLength();
    }

    @Override
    public boolean isValid(Collection<?> values, ConstraintValidatorContext context) {
      return values == null
          || values.stream()
              .allMatch(v -> v instanceof String s && !s.isBlank() && s.length() <= maxLength);
    }
  }
}
