package no.arbeidoghelse.kunnskapsbase.taxonomy.boundary;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The value is a key of a value list in {@code index-config/taxonomy.json} ({@code providerTypes},
 * ...), or null. The message names the keys, so the list is written nowhere else.
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = ValueListKeyValidator.class)
public @interface ValueListKey {

  /** The value list's name. */
  String value();

  String message() default "must be one of {keys}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
