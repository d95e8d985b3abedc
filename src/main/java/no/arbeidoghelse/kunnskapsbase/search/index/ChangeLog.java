package no.arbeidoghelse.kunnskapsbase.search.index;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemChanged;
import no.arbeidoghelse.kunnskapsbase.organisation.entity.OrganisationChanged;
import no.arbeidoghelse.kunnskapsbase.platform.cluster.ClusterJobs;
import no.arbeidoghelse.kunnskapsbase.platform.concurrency.ManagedThreads;
import no.arbeidoghelse.kunnskapsbase.platform.database.Database;

/**
 * The changes every instance's index must follow, in the database ({@code search_change}, migration
 * V8): each change is written in the transaction that makes it, and each instance reads what the
 * others wrote, so a write on any instance is searchable on all of them within a second, without
 * the instances talking to each other.
 *
 * <p>Ids grow, but a transaction that took its id earlier may commit later: an id skipped while
 * reading is read again until it turns up or {@link #HOLE_PATIENCE} has passed (a rolled-back
 * change leaves a hole for good). Changes of this instance are indexed after their commit already.
 */
@ApplicationScoped
public class ChangeLog {

  private static final Logger LOG = Logger.getLogger(ChangeLog.class.getName());

  /** What a change names: a record, or an organisation whose records name it. */
  enum Kind {
    ITEM,
    ORGANISATION
  }

  /** One change another instance made. */
  record Change(Kind kind, String id) {}

  static final long POLL_MILLIS = 250;
  static final Duration HOLE_PATIENCE = Duration.ofMinutes(1);
  static final Duration KEPT = Duration.ofDays(1);
  private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);
  private static final int BATCH = 1000;
  private static final int MAX_HOLES = 10_000;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Resource TransactionSynchronizationRegistry transactions;
  @Inject ManagedThreads threads;
  @Inject ClusterJobs jobs;

  /** This instance, as named in the rows it writes. */
  private final String node = UUID.randomUUID().toString();

  private long high;
  private final Map<Long, Long> holes = new LinkedHashMap<>();

  /** Changes of other instances handed on and not yet searchable, with when they were made. */
  private final Map<String, Long> pending = new ConcurrentHashMap<>();

  private volatile long lastRead = System.currentTimeMillis();
  private volatile boolean running;
  private Thread follower;

  void itemChanged(@Observes ItemChanged change) {
    write(Kind.ITEM, change.itemId());
  }

  void organisationChanged(@Observes OrganisationChanged change) {
    write(Kind.ORGANISATION, change.organisationId());
  }

  /**
   * Writes the change within its transaction (once per record and transaction); if it cannot be
   * written, the change fails with it rather than stay unseen by the other instances.
   */
  @SuppressWarnings("unchecked")
  private void write(Kind kind, String id) {
    if (transactions != null && transactions.getTransactionKey() != null) {
      var written = (Set<String>) transactions.getResource(ChangeLog.class);
      if (written == null) {
        written = new HashSet<>();
        transactions.putResource(ChangeLog.class, written);
      }
      if (!written.add(kind + ":" + id)) {
        return;
      }
    }
    try (Connection c = dataSource.getConnection();
        var s =
            c.prepareStatement(
                "INSERT INTO search_change (kind, target_id, node, changed_at) VALUES (?, ?, ?, ?)")) {
      s.setString(1, kind.name().toLowerCase(java.util.Locale.ROOT));
      s.setString(2, id);
      s.setString(3, node);
      s.setTimestamp(4, new Timestamp(System.currentTimeMillis()));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot note the change for the search index", e);
    }
  }

  /** The newest change so far: following from it misses nothing that comes after. */
  long latest() {
    try (Connection c = dataSource.getConnection();
        var s = c.prepareStatement("SELECT MAX(id) FROM search_change");
        var rows = s.executeQuery()) {
      return rows.next() ? rows.getLong(1) : 0;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the search changes: " + e.getMessage(), e);
    }
  }

  /**
   * Follows the changes after {@code from} in a thread of its own, handing those of other instances
   * to {@code apply}; {@code waiting} tells whether a record handed on is still not searchable.
   */
  void follow(long from, java.util.function.Consumer<Change> apply, Predicate<String> waiting) {
    high = from;
    running = true;
    follower =
        threads
            .named("search-changes")
            .newThread(
                () -> {
                  while (running) {
                    try {
                      read(apply);
                      lastRead = System.currentTimeMillis();
                      pending.keySet().removeIf(id -> !waiting.test(id));
                      Thread.sleep(POLL_MILLIS);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                      return;
                    } catch (RuntimeException | SQLException e) {
                      LOG.log(Level.WARNING, "Reading the search changes failed; trying again", e);
                      sleepQuietly();
                    }
                  }
                });
    follower.start();
    jobs.schedule("search-change-prune", PRUNE_EVERY, this::prune);
  }

  /**
   * How far this instance's index is behind the others' changes, in seconds: the age of the oldest
   * change handed on and not yet searchable, or the time since the changes could last be read.
   */
  public long lagSeconds() {
    long now = System.currentTimeMillis();
    long oldest = pending.values().stream().mapToLong(Long::longValue).min().orElse(now);
    long sinceRead = running ? now - lastRead - POLL_MILLIS : 0;
    return Math.max(0, Math.max(now - oldest, sinceRead)) / 1000;
  }

  private void read(java.util.function.Consumer<Change> apply) throws SQLException {
    long now = System.currentTimeMillis();
    List<Long> missing = new ArrayList<>(holes.keySet());
    try (Connection c = dataSource.getConnection()) {
      String columns = "SELECT id, kind, target_id, node, changed_at FROM search_change WHERE ";
      try (var s = c.prepareStatement(columns + "id > ? ORDER BY id LIMIT " + BATCH)) {
        s.setLong(1, high);
        collect(s, apply, now);
      }
      for (int from = 0; from < missing.size(); from += BATCH) {
        var some = missing.subList(from, Math.min(missing.size(), from + BATCH));
        String marks = String.join(",", java.util.Collections.nCopies(some.size(), "?"));
        try (var s = c.prepareStatement(columns + "id IN (" + marks + ")")) {
          for (int i = 0; i < some.size(); i++) {
            s.setLong(i + 1, some.get(i));
          }
          collect(s, apply, now);
        }
      }
    }
    for (Iterator<Long> noticed = holes.values().iterator(); noticed.hasNext(); ) {
      if (now - noticed.next() > HOLE_PATIENCE.toMillis()) {
        noticed.remove();
      }
    }
  }

  private void collect(
      java.sql.PreparedStatement query, java.util.function.Consumer<Change> apply, long now)
      throws SQLException {
    try (var rows = query.executeQuery()) {
      while (rows.next()) {
        long id = rows.getLong(1);
        if (id > high) {
          for (long skipped = high + 1; skipped < id && holes.size() < MAX_HOLES; skipped++) {
            holes.put(skipped, now);
          }
          high = id;
        } else {
          holes.remove(id);
        }
        if (!node.equals(rows.getString(4))) {
          var change = new Change(Kind.valueOf(rows.getString(2).toUpperCase()), rows.getString(3));
          if (change.kind() == Kind.ITEM) {
            pending.putIfAbsent(change.id(), rows.getTimestamp(5).getTime());
          }
          apply.accept(change);
        }
      }
    }
  }

  private void prune() {
    try (Connection c = dataSource.getConnection();
        var s = c.prepareStatement("DELETE FROM search_change WHERE changed_at < ?")) {
      s.setTimestamp(1, new Timestamp(System.currentTimeMillis() - KEPT.toMillis()));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prune the search changes: " + e.getMessage(), e);
    }
  }

  private static void sleepQuietly() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @PreDestroy
  void stop() {
    running = false;
    if (follower != null) {
      follower.interrupt();
    }
  }
}
