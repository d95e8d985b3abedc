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

  /** Messages with values in them, by the key of their text; the groups are its arguments. */
  private static final Map<Pattern, String> PATTERNS =
      Map.of(
          Pattern.compile("size must be between (\\d+) and (\\d+)"),
          "validation.size",
          Pattern.compile("must be (?:greater|less) than or equal to (\\d+)"),
          "validation.range",
          Pattern.compile("must be at most (\\d+) characters"),
          "validation.maxLength",
          Pattern.compile("must be at most (\\d+) words"),
          "validation.maxWords",
          Pattern.compile("'(.*)' is listed twice"),
          "validation.twice",
          Pattern.compile("'(.*)' may hold letters.*"),
          "validation.termSigns",
          Pattern.compile("must list from (\\d+) to (\\d+) terms .*, not (\\d+)"),
          "validation.termCount");

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
    for (var pattern : PATTERNS.entrySet()) {
      Matcher matcher = pattern.getKey().matcher(message);
      if (matcher.matches()) {
        Object[] arguments = new Object[matcher.groupCount()];
        for (int i = 0; i < arguments.length; i++) {
          arguments[i] = matcher.group(i + 1);
        }
        return visit.text(pattern.getValue(), arguments);
      }
    }
    return message;
  }
}
