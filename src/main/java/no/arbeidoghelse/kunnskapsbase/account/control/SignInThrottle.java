package no.arbeidoghelse.kunnskapsbase.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. After {@link #FREE_FAILURES_PER_USER} wrong passwords for a
 * username, or {@link #FREE_FAILURES_PER_ADDRESS} from one client address (more, as many people may
 * share one address), each further attempt must wait: 1 s after the next failure, doubling up to
 * {@link #MAX_WAIT}. Attempts during the wait are refused without checking the password, so a
 * guesser learns nothing from them. Counters are in memory (one server); a successful sign-in
 * clears the username's counter.
 */
@ApplicationScoped
public class SignInThrottle {

  static final int FREE_FAILURES_PER_USER = 5;
  static final int FREE_FAILURES_PER_ADDRESS = 20;
  static final Duration MAX_WAIT = Duration.ofMinutes(15);
  private static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final int MAX_TRACKED = 100_000;

  private record Failures(int count, Instant last, Instant blockedUntil) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public SignInThrottle() {
    this(Clock.systemUTC());
  }

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the caller must still wait before trying this username from this address. */
  public Optional<Duration> waitBefore(String username, String address) {
    Instant now = clock.instant();
    Instant until =
        later(blockedUntil(userKey(username), now), blockedUntil(addressKey(address), now));
    return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
  }

  public void failed(String username, String address) {
    Instant now = clock.instant();
    if (failures.size() > MAX_TRACKED) {
      failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
    }
    count(userKey(username), FREE_FAILURES_PER_USER, now);
    count(addressKey(address), FREE_FAILURES_PER_ADDRESS, now);
  }

  private void count(String key, int free, Instant now) {
    failures.compute(
        key,
        (k, old) -> {
          int count =
              old == null || old.last().plus(FORGET_AFTER).isBefore(now) ? 1 : old.count() + 1;
          Instant blockedUntil = count <= free ? null : now.plus(waitAfter(count - free));
          return new Failures(count, now, blockedUntil);
        });
  }

  public void succeeded(String username) {
    failures.remove(userKey(username));
  }

  static Duration waitAfter(int extraFailures) {
    long seconds = 1L << Math.min(extraFailures - 1, 20);
    return seconds > MAX_WAIT.toSeconds() ? MAX_WAIT : Duration.ofSeconds(seconds);
  }

  private Instant blockedUntil(String key, Instant now) {
    Failures f = failures.get(key);
    return f == null || f.blockedUntil() == null || !f.blockedUntil().isAfter(now)
        ? null
        : f.blockedUntil();
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  private static String userKey(String username) {
    return "u:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "a:" + address;
  }
}
