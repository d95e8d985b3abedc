package no.arbeidoghelse.kunnskapsbase.platform.paging;

import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;

/** A validated page of a list: {@code page} counts from 1, {@code size} is 1..100. */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  /** Parses the raw query parameters, answering 400 with the parameter's name when wrong. */
  public static PageRequest of(String page, String size) {
    int p = parse("page", page, 1, 1, Integer.MAX_VALUE / MAX_SIZE);
    int s = parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    return new PageRequest(p, s);
  }

  public int offset() {
    return (page - 1) * size;
  }

  private static int parse(String name, String raw, int fallback, int min, int max) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw DomainException.invalid(
        "Query parameter '"
            + name
            + "' must be a whole number from "
            + min
            + " to "
            + max
            + ", not '"
            + raw
            + "'.");
  }
}
