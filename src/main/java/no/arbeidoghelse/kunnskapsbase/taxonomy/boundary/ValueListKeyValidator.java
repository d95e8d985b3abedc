package no.arbeidoghelse.kunnskapsbase.taxonomy.boundary;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;

/** Checks {@link ValueListKey}: the keys come from the taxonomy the server runs with. */
public class ValueListKeyValidator implements ConstraintValidator<ValueListKey, String> {

  private List<String> keys;

  @Override
  public void initialize(ValueListKey annotation) {
    keys = Taxonomy.configured().valueKeys(annotation.value());
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || keys.contains(value)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate("must be one of " + String.join(", ", keys))
        .addConstraintViolation();
    return false;
  }
}
