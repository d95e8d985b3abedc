package no.arbeidoghelse.kunnskapsbase.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import no.arbeidoghelse.kunnskapsbase.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The throttle on its table (H2, as the embedded default; MariaDB through the ITs). */
class SignInThrottleTest {

  /** A clock the test moves. */
  static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  final TestClock clock = new TestClock();
  TestDatabase database;
  SignInThrottle throttle;

  @BeforeEach
  void database() {
    database = TestDatabase.h2().migrated();
    throttle = new SignInThrottle(database.dataSource(), clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void everyInstanceHoldsTheSameLine() {
    var other = new SignInThrottle(database.dataSource(), clock);
    for (int i = 0; i <= SignInThrottle.FREE_FAILURES_PER_USER; i++) {
      (i % 2 == 0 ? throttle : other).failed("rita", "10.0.0." + i);
    }
    assertEquals(Duration.ofSeconds(1), other.waitBefore("rita", "10.9.9.9").orElseThrow());
    assertEquals(Duration.ofSeconds(1), throttle.waitBefore("rita", "10.9.9.9").orElseThrow());
  }

  @Test
  void aFewMistakesAreFreeThenTheWaitDoubles() {
    for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_USER; i++) {
      assertTrue(throttle.waitBefore("Rita", "10.0.0.1").isEmpty());
      throttle.failed("rita", "10.0.0.1");
    }
    assertTrue(throttle.waitBefore("rita", "10.0.0.1").isEmpty());
    throttle.failed("rita", "10.0.0.1");
    assertEquals(Duration.ofSeconds(1), throttle.waitBefore("RITA", "10.0.0.2").orElseThrow());
    clock.now = clock.now.plusSeconds(1);
    assertTrue(throttle.waitBefore("rita", "10.0.0.1").isEmpty());
    throttle.failed("rita", "10.0.0.1");
    assertEquals(Duration.ofSeconds(2), throttle.waitBefore("rita", "10.0.0.3").orElseThrow());
    assertTrue(throttle.waitBefore("olav", "10.0.0.3").isEmpty(), "other users are not held up");
  }

  @Test
  void successClearsTheUsersCount() {
    for (int i = 0; i < 6; i++) {
      throttle.failed("rita", "10.0.0.1");
    }
    clock.now = clock.now.plusSeconds(5);
    throttle.succeeded("rita");
    throttle.failed("rita", "10.0.0.9");
    assertTrue(throttle.waitBefore("rita", "10.0.0.9").isEmpty());
  }

  @Test
  void oneAddressTryingManyUsernamesIsSlowedToo() {
    for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS + 1; i++) {
      throttle.failed("user" + i, "10.6.6.6");
    }
    assertTrue(throttle.waitBefore("someone-else", "10.6.6.6").isPresent());
    assertTrue(throttle.waitBefore("someone-else", "10.0.0.1").isEmpty());
  }

  @Test
  void theWaitHasACeiling() {
    assertEquals(SignInThrottle.MAX_WAIT, SignInThrottle.waitAfter(40));
    assertEquals(Duration.ofSeconds(8), SignInThrottle.waitAfter(4));
  }

  @Test
  void failuresAreForgottenAfterAnHour() {
    for (int i = 0; i < 6; i++) {
      throttle.failed("rita", "10.0.0.1");
    }
    clock.now = clock.now.plus(Duration.ofHours(2));
    throttle.failed("rita", "10.0.0.1");
    assertTrue(throttle.waitBefore("rita", "10.0.0.1").isEmpty());
  }
}
