package no.arbeidoghelse.kunnskapsbase.platform.rest;

import java.time.LocalDate;
import no.arbeidoghelse.kunnskapsbase.platform.persistence.StorableDates;

/** Dates in query strings: absent is null, anything else must be a date. */
public final class QueryDates {

  private QueryDates() {}

  public static LocalDate parse(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return StorableDates.parse(value.strip())
        .orElseThrow(
            () ->
                ApiException.badRequest(
                    "Query parameter '"
                        + parameter
                        + "' must be "
                        + StorableDates.RANGE
                        + "; not '"
                        + value
                        + "'."));
  }
}
