package no.arbeidoghelse.kunnskapsbase.web.boundary;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.domain.FieldError;

/**
 * The API's field messages (English, from Bean Validation and the checks) in the page's language,
 * for the common ones; the rest are shown as they are.
 */
final class FieldMessages {

  private static final Map<String, String> KEYS =
      Map.of(
          "must not be blank", "validation.required",
          "must not be null", "validation.required",
          "must not be empty", "validation.required",
          "must be a date such as 2024-03-01", "validation.date",
          "must be a whole number such as 2024", "validation.number",
          "must be 10 to 200 characters", "validation.password",
          "must be a well-formed email address", "validation.email");

  private static final Pattern BETWEEN =
      Pattern.compile("must be (?:greater|less) than or equal to (\\d+)");
  private static final Pattern SIZE = Pattern.compile("size must be between (\\d+) and (\\d+)");

  private FieldMessages() {}

  /**
   * A refused form's messages by field (list indexes dropped, {@code prefix} put before each), or
   * the whole message under {@code prefix + fallbackField} when no field is named.
   */
  static Map<String, String> byField(
      DomainException refused, String prefix, String fallbackField, Page.Visit visit) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (refused.errors() != null) {
      for (FieldError error : refused.errors()) {
        errors.putIfAbsent(
            prefix + error.field().replaceAll("\\[.*$", ""), of(error.message(), visit));
      }
    }
    if (errors.isEmpty()) {
      errors.put(prefix + fallbackField, refused.getMessage());
    }
    return errors;
  }

  static String of(String message, Page.Visit visit) {
    String key = KEYS.get(message);
    if (key != null) {
      return visit.text(key);
    }
    Matcher size = SIZE.matcher(message);
    if (size.matches()) {
      return visit.text("validation.size", size.group(1), size.group(2));
    }
    Matcher between = BETWEEN.matcher(message);
    if (between.matches()) {
      return visit.text("validation.range", between.group(1));
    }
    return message;
  }
}
