package no.arbeidoghelse.kunnskapsbase.account.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one canonical form of a username: 3–64 of a–z, 0–9, '.', '_', '-', starting with a letter or
 * digit. Every name that comes in from outside (a sign-in, a path, a co-owner) is reduced to it
 * before it is compared or looked up, so the database's collation (MariaDB ignores case and
 * trailing spaces) can never make two spellings the same account in one place and different ones in
 * another.
 */
public final class Usernames {

  /** What an account's username must look like; for Bean Validation annotations. */
  public static final String PATTERN = "[a-z0-9][a-z0-9._-]{2,63}";

  private static final Pattern VALID = Pattern.compile(PATTERN);

  private Usernames() {}

  /**
   * The canonical form of a name as typed: lower case; empty when no account can have it (spaces,
   * other characters, too short or long), which callers treat as an unknown username.
   */
  public static Optional<String> canonical(String given) {
    if (given == null) {
      return Optional.empty();
    }
    String lower = given.toLowerCase(Locale.ROOT);
    return VALID.matcher(lower).matches() ? Optional.of(lower) : Optional.empty();
  }
}
