package no.arbeidoghelse.kunnskapsbase.organisation.control;

import java.time.LocalDate;

/**
 * One line of an organisation's profile: a record, person or organisation it is tied to, with its
 * role there and, for network memberships, the period.
 */
public record ProfileEntry(
    String id, String type, String title, String url, String role, LocalDate from, LocalDate to) {

  /**
   * A date as a native query gives it (a {@code java.sql.Date} or a {@code LocalDate}), or null.
   */
  public static LocalDate date(Object value) {
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    return value instanceof LocalDate local ? local : null;
  }
}
