package no.arbeidoghelse.kunnskapsbase.account.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import no.arbeidoghelse.kunnskapsbase.platform.database.Database;

/**
 * Slows down password guessing. After {@link #FREE_FAILURES_PER_USER} wrong passwords for a
 * username, or {@link #FREE_FAILURES_PER_ADDRESS} from one client address (more, as many people may
 * share one address), each further attempt must wait: 1 s after the next failure, doubling up to
 * {@link #MAX_WAIT}. Attempts during the wait are refused without checking the password, so a
 * guesser learns nothing from them. The counters are in the database ({@code sign_in_failure}), so
 * every instance behind a load balancer holds the same line; a successful sign-in clears the
 * username's counter, and counters an hour old are forgotten.
 */
@ApplicationScoped
// a transaction of its own: a failed sign-in counts even when the request's transaction rolls back
@jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
public class SignInThrottle {

  static final int FREE_FAILURES_PER_USER = 5;
  static final int FREE_FAILURES_PER_ADDRESS = 20;
  static final Duration MAX_WAIT = Duration.ofMinutes(15);
  private static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final int MAX_KEY = 300;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  private final Clock clock;

  public SignInThrottle() {
    this.clock = Clock.systemUTC();
  }

  SignInThrottle(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** How long the caller must still wait before trying this username from this address. */
  public Optional<Duration> waitBefore(String username, String address) {
    Instant now = clock.instant();
    try (Connection c = dataSource.getConnection();
        var s =
            c.prepareStatement(
                "SELECT MAX(blocked_until) FROM sign_in_failure"
                    + " WHERE throttle_key IN (?, ?) AND blocked_until > ?")) {
      s.setString(1, userKey(username));
      s.setString(2, addressKey(address));
      s.setTimestamp(3, Timestamp.from(now));
      try (var rows = s.executeQuery()) {
        Timestamp until = rows.next() ? rows.getTimestamp(1) : null;
        return until == null
            ? Optional.empty()
            : Optional.of(Duration.between(now, until.toInstant()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the sign-in throttle: " + e.getMessage(), e);
    }
  }

  public void failed(String username, String address) {
    Instant now = clock.instant();
    try (Connection c = dataSource.getConnection()) {
      count(c, userKey(username), FREE_FAILURES_PER_USER, now);
      count(c, addressKey(address), FREE_FAILURES_PER_ADDRESS, now);
      if (ThreadLocalRandom.current().nextInt(100) == 0) {
        try (var s = c.prepareStatement("DELETE FROM sign_in_failure WHERE last_failure < ?")) {
          s.setTimestamp(1, Timestamp.from(now.minus(FORGET_AFTER)));
          s.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot count a failed sign-in: " + e.getMessage(), e);
    }
  }

  /**
   * One more failure for the key, counted from 1 again when the last is an hour old; each step in
   * one statement, so failures on several instances at once are all counted.
   */
  private void count(Connection c, String key, int free, Instant now) throws SQLException {
    Timestamp at = Timestamp.from(now);
    if (increment(c, key, at, now) == 0) {
      try (var s =
          c.prepareStatement(
              "INSERT INTO sign_in_failure (throttle_key, failures, last_failure) VALUES (?, 1, ?)")) {
        s.setString(1, key);
        s.setTimestamp(2, at);
        s.executeUpdate();
      } catch (SQLIntegrityConstraintViolationException e) {
        increment(c, key, at, now); // another instance counted its first at the same moment
      }
    }
    int count;
    try (var s =
        c.prepareStatement("SELECT failures FROM sign_in_failure WHERE throttle_key = ?")) {
      s.setString(1, key);
      try (var rows = s.executeQuery()) {
        count = rows.next() ? rows.getInt(1) : 1;
      }
    }
    if (count > free) {
      try (var s =
          c.prepareStatement(
              "UPDATE sign_in_failure SET blocked_until = ? WHERE throttle_key = ?")) {
        s.setTimestamp(1, Timestamp.from(now.plus(waitAfter(count - free))));
        s.setString(2, key);
        s.executeUpdate();
      }
    }
  }

  private static int increment(Connection c, String key, Timestamp at, Instant now)
      throws SQLException {
    try (var s =
        c.prepareStatement(
            "UPDATE sign_in_failure SET failures = CASE WHEN last_failure < ? THEN 1"
                + " ELSE failures + 1 END, last_failure = ? WHERE throttle_key = ?")) {
      s.setTimestamp(1, Timestamp.from(now.minus(FORGET_AFTER)));
      s.setTimestamp(2, at);
      s.setString(3, key);
      return s.executeUpdate();
    }
  }

  public void succeeded(String username) {
    try (Connection c = dataSource.getConnection();
        var s = c.prepareStatement("DELETE FROM sign_in_failure WHERE throttle_key = ?")) {
      s.setString(1, userKey(username));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot clear the sign-in throttle: " + e.getMessage(), e);
    }
  }

  static Duration waitAfter(int extraFailures) {
    long seconds = 1L << Math.min(extraFailures - 1, 20);
    return seconds > MAX_WAIT.toSeconds() ? MAX_WAIT : Duration.ofSeconds(seconds);
  }

  private static String userKey(String username) {
    return key("u:" + (username == null ? "" : username.toLowerCase(Locale.ROOT)));
  }

  private static String addressKey(String address) {
    return key("a:" + address);
  }

  private static String key(String text) {
    return text.length() <= MAX_KEY ? text : text.substring(0, MAX_KEY);
  }
}
