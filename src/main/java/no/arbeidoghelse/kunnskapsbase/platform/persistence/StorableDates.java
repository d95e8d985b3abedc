package no.arbeidoghelse.kunnskapsbase.platform.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates as people and scripts give them: {@code YYYY-MM-DD}, within what both databases store as
 * they are (years 1 to 9999; MariaDB refuses larger years and turns year 0 and before into other
 * dates).
 */
public final class StorableDates {

  public static final String RANGE = "a date (YYYY-MM-DD) from 0001-01-01 to 9999-12-31";

  public static final String TIME_RANGE =
      "a local date and time (YYYY-MM-DDTHH:MM) from 0001-01-01T00:00 to 9999-12-31T23:59";

  private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIME_FORM =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?");

  private StorableDates() {}

  /** The date the text names, or empty when it is no date or one outside {@link #RANGE}. */
  public static Optional<LocalDate> parse(String text) {
    if (text == null || !FORM.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.parse(text);
      return date.getYear() >= 1 ? Optional.of(date) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The local date and time the text names (seconds optional), or empty; see {@link #TIME_RANGE}.
   */
  public static Optional<LocalDateTime> parseDateTime(String text) {
    if (text == null || !TIME_FORM.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      LocalDateTime time = LocalDateTime.parse(text);
      return time.getYear() >= 1 ? Optional.of(time) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
