package no.arbeidoghelse.kunnskapsbase.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import no.arbeidoghelse.kunnskapsbase.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A scheduled job runs once per period for all instances sharing the database: on whichever takes
 * the lease, and again only when the period has passed; a dead holder's lease is taken over.
 */
class ClusterJobsIT {

  private static final Duration HOUR = Duration.ofHours(1);
  private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

  @ParameterizedTest(name = "{0}")
  @MethodSource("no.arbeidoghelse.kunnskapsbase.testing.TestDatabase#both")
  void aJobRunsOncePerPeriodOnOneInstance(String name, Supplier<TestDatabase> opened) {
    try (var database = opened.get()) {
      database.migrated();
      var one = instance(database.dataSource(), "one", T0);
      var two = instance(database.dataSource(), "two", T0);
      var runs = new AtomicInteger();

      assertTrue(one.runIfDue("clean-up", HOUR, runs::incrementAndGet), "never ran: due");
      assertFalse(two.runIfDue("clean-up", HOUR, runs::incrementAndGet), "ran a moment ago");
      two.clock = at(T0.plus(Duration.ofMinutes(59)));
      assertFalse(two.runIfDue("clean-up", HOUR, runs::incrementAndGet), "period not over");
      two.clock = at(T0.plus(Duration.ofMinutes(61)));
      assertTrue(two.runIfDue("clean-up", HOUR, runs::incrementAndGet), "due again, any instance");
      assertTrue(one.runIfDue("other-job", HOUR, runs::incrementAndGet), "jobs are independent");
      assertEquals(3, runs.get());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("no.arbeidoghelse.kunnskapsbase.testing.TestDatabase#both")
  void aRunningJobIsNotStartedElsewhereAndADeadHoldersLeaseIsTakenOver(
      String name, Supplier<TestDatabase> opened) throws SQLException {
    try (var database = opened.get()) {
      database.migrated();
      var one = instance(database.dataSource(), "one", T0);
      var two = instance(database.dataSource(), "two", T0.plus(Duration.ofMinutes(10)));
      boolean[] whileRunning = new boolean[1];
      one.runIfDue(
          "harvest", HOUR, () -> whileRunning[0] = two.runIfDue("harvest", HOUR, () -> {}));
      assertFalse(whileRunning[0], "held while it runs, even when due");

      // "one" dies while running: its lease stays until it runs out
      try (var c = database.dataSource().getConnection();
          var s =
              c.prepareStatement(
                  "UPDATE job_lease SET holder = 'one', lease_until = ?, last_run = ?")) {
        s.setTimestamp(1, Timestamp.from(T0.plus(ClusterJobs.LEASE)));
        s.setTimestamp(2, Timestamp.from(T0.minus(Duration.ofDays(1))));
        s.executeUpdate();
      }
      two.clock = at(T0.plus(Duration.ofMinutes(5)));
      assertFalse(two.runIfDue("harvest", HOUR, () -> {}), "the lease still holds");
      two.clock = at(T0.plus(ClusterJobs.LEASE).plusSeconds(1));
      assertTrue(two.runIfDue("harvest", HOUR, () -> {}), "a lease that ran out is taken over");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("no.arbeidoghelse.kunnskapsbase.testing.TestDatabase#both")
  void ofManyInstancesAskingAtOnceOneRunsTheJob(String name, Supplier<TestDatabase> opened)
      throws Exception {
    try (var database = opened.get()) {
      database.migrated();
      var runs = new AtomicInteger();
      var start = new CountDownLatch(1);
      var pool = Executors.newFixedThreadPool(8);
      List<Future<Boolean>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        var instance = instance(database.dataSource(), "node-" + i, T0);
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return instance.runIfDue("new-job", HOUR, runs::incrementAndGet);
                }));
      }
      start.countDown();
      int ran = 0;
      for (var answer : answers) {
        ran += answer.get() ? 1 : 0;
      }
      pool.shutdown();
      assertEquals(1, runs.get(), "the job ran once");
      assertEquals(1, ran, "one instance says it ran it");
    }
  }

  private static ClusterJobs instance(DataSource dataSource, String holder, Instant now) {
    var jobs = new ClusterJobs();
    jobs.dataSource = dataSource;
    jobs.holder = holder;
    jobs.clock = at(now);
    return jobs;
  }

  private static Clock at(Instant now) {
    return Clock.fixed(now, ZoneOffset.UTC);
  }
}
