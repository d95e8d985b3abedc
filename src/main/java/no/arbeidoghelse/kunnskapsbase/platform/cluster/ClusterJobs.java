package no.arbeidoghelse.kunnskapsbase.platform.cluster;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.arbeidoghelse.kunnskapsbase.platform.concurrency.ManagedThreads;
import no.arbeidoghelse.kunnskapsbase.platform.config.InstanceIdentity;
import no.arbeidoghelse.kunnskapsbase.platform.database.Database;

/**
 * Scheduled jobs that run once per period for all instances sharing the database, not once per
 * instance: before each run an instance takes the job's lease in the database ({@code job_lease});
 * only one can hold it, and only when the period since the job last finished (on any instance) has
 * passed. A lease that ran out, because its instance died, is taken over.
 */
@ApplicationScoped
public class ClusterJobs {

  private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());

  /** How long a run may take before another instance may assume its holder died. */
  static final Duration LEASE = Duration.ofMinutes(15);

  /** How often an instance asks at most whether a job is due. */
  private static final Duration LOOK_EVERY = Duration.ofMinutes(1);

  /** The lease of a job nobody ran yet (MariaDB's TIMESTAMP cannot hold the epoch itself). */
  private static final Instant NEVER = Instant.parse("2000-01-01T00:00:00Z");

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject ManagedThreads threads;

  /** This instance as a lease holder; read when first needed. */
  String holder;

  Clock clock = Clock.systemUTC();
  private ScheduledExecutorService timer;

  /**
   * Runs {@code task} about every {@code every} on one of the instances; the first time as soon as
   * it is due (at once when it never ran). A failing run is logged and tried again next period.
   */
  public synchronized void schedule(String job, Duration every, Runnable task) {
    if (timer == null) {
      timer = new ScheduledThreadPoolExecutor(1, threads.named("cluster-jobs"));
    }
    long look = Math.min(every.toSeconds(), LOOK_EVERY.toSeconds());
    timer.scheduleWithFixedDelay(() -> runIfDue(job, every, task), 0, look, TimeUnit.SECONDS);
  }

  /** Runs {@code task} when this instance takes the lease; answers whether it ran. */
  boolean runIfDue(String job, Duration every, Runnable task) {
    try {
      if (!take(job, every)) {
        return false;
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot take the lease of job " + job + "; trying again", e);
      return false;
    }
    try {
      task.run();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Job " + job + " failed; it runs again next period", e);
    } finally {
      release(job);
    }
    return true;
  }

  private String holder() {
    if (holder == null) {
      holder = InstanceIdentity.id();
    }
    return holder;
  }

  private boolean take(String job, Duration every) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      if (takeLease(c, job, every)) {
        return true;
      }
      if (known(c, job)) {
        return false; // not due, or another instance runs it
      }
      try (var s = c.prepareStatement("INSERT INTO job_lease (job, lease_until) VALUES (?, ?)")) {
        s.setString(1, job);
        s.setTimestamp(2, Timestamp.from(NEVER));
        s.executeUpdate();
      } catch (SQLException known) {
        if (known.getSQLState() == null || !known.getSQLState().startsWith("23")) {
          throw known; // anything but "the job is known already"
        }
        return false;
      }
      return takeLease(c, job, every); // the first run of a job nobody ran before
    }
  }

  private static boolean known(Connection c, String job) throws SQLException {
    try (var s = c.prepareStatement("SELECT 1 FROM job_lease WHERE job = ?")) {
      s.setString(1, job);
      try (var rows = s.executeQuery()) {
        return rows.next();
      }
    }
  }

  private boolean takeLease(Connection c, String job, Duration every) throws SQLException {
    Instant now = clock.instant();
    try (var s =
        c.prepareStatement(
            "UPDATE job_lease SET holder = ?, lease_until = ? WHERE job = ? AND lease_until < ?"
                + " AND (last_run IS NULL OR last_run <= ?)")) {
      s.setString(1, holder());
      s.setTimestamp(2, Timestamp.from(now.plus(LEASE)));
      s.setString(3, job);
      s.setTimestamp(4, Timestamp.from(now));
      s.setTimestamp(5, Timestamp.from(now.minus(every)));
      return s.executeUpdate() == 1;
    }
  }

  private void release(String job) {
    Instant now = clock.instant();
    try (Connection c = dataSource.getConnection();
        var s =
            c.prepareStatement(
                "UPDATE job_lease SET last_run = ?, lease_until = ? WHERE job = ? AND holder = ?")) {
      c.setAutoCommit(true);
      s.setTimestamp(1, Timestamp.from(now));
      s.setTimestamp(2, Timestamp.from(now));
      s.setString(3, job);
      s.setString(4, holder());
      s.executeUpdate();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Cannot release the lease of job " + job, e);
    }
  }

  @PreDestroy
  void stop() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
