package no.arbeidoghelse.kunnskapsbase.search.index;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemChanged;
import no.arbeidoghelse.kunnskapsbase.organisation.entity.OrganisationChanged;
import no.arbeidoghelse.kunnskapsbase.platform.concurrency.ManagedThreads;
import no.arbeidoghelse.kunnskapsbase.platform.metrics.Metrics;
import no.arbeidoghelse.kunnskapsbase.platform.startup.StartupPhase;
import no.arbeidoghelse.kunnskapsbase.platform.startup.StartupTask;
import no.arbeidoghelse.kunnskapsbase.search.entity.IndexedRecord;

/**
 * Keeps the search index in step with the database. Changes are queued only after their transaction
 * committed, and written by one background thread that reads the records again from the database,
 * so the index never holds what was rolled back. At start-up the index is compared with the
 * database record by record and repaired (or rebuilt when it cannot be used), which also covers
 * changes lost when the server stopped between a commit and its indexing.
 */
@ApplicationScoped
public class RecordIndexer implements StartupTask {

  private static final Logger LOG = Logger.getLogger(RecordIndexer.class.getName());
  private static final int BATCH = 500;
  private static final long COMMIT_INTERVAL_MS = 5_000;

  /**
   * Least time between two writes. Every write ends in a refresh, which flushes a new segment;
   * while changes keep coming (uploads finishing one after another, an import), writing each at
   * once makes hundreds of one-record segments that cost more to flush and merge than the records
   * themselves. A change after a quiet spell is still written at once, and any change is searchable
   * well within a second.
   */
  private static final long WRITE_INTERVAL_MS = 250;

  @Inject RecordSource source;
  @Inject LuceneIndex lucene;
  @Inject ManagedThreads threads;
  @Inject ChangeLog changes;
  @Inject Metrics metrics;

  private SearchIndex index;
  private final LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
  private final Set<String> queued = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final IndexPacing pacing = new IndexPacing();
  private final AtomicBoolean rebuilding = new AtomicBoolean();
  private volatile boolean running;
  private volatile String lastRebuild;

  /** Records being written at this moment: changed, not yet searchable. */
  private volatile int writing;

  /** The records of the write under way: taken off the queue, not yet searchable. */
  private final Set<String> inFlight = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private Thread worker;

  /** What the index holds and whether it is being rebuilt. */
  public record Status(
      long records, long queued, boolean rebuilding, String lastRebuild, String fingerprint) {}

  @Override
  public StartupPhase phase() {
    return StartupPhase.SEARCH_INDEX;
  }

  @Override
  public void run() {
    source.checkContract();
    // what other instances change from now on is followed; the repair below covers the rest
    long from = changes.latest();
    try {
      var opened = lucene.open();
      index = lucene.index();
      if (opened.usable()) {
        repair();
      } else {
        LOG.info(() -> "Building the search index: " + opened.reason());
        rebuildNow();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index: " + e.getMessage(), e);
    }
    running = true;
    worker = threads.named("search-indexer").newThread(this::work);
    worker.start();
    changes.follow(from, this::changedElsewhere, this::notYetSearchable);
    metrics.gauge(
        "kb_search_index_lag_seconds",
        "How far this instance's index is behind the others' changes",
        this::lagSeconds);
    metrics.gauge("kb_search_index_queued", "Changed records not yet searchable", queued::size);
  }

  /** Whether a change of this record is queued, held back or being written. */
  private boolean notYetSearchable(String id) {
    return queued.contains(id) || inFlight.contains(id) || pacing.holds(id);
  }

  /** How far behind the other instances' changes this index is, in seconds. */
  public long lagSeconds() {
    return changes.lagSeconds();
  }

  public boolean isReady() {
    return running && lucene.isOpen();
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemChanged change) {
    enqueue(change.itemId());
  }

  /**
   * A changed organisation: written again, and the records that name it too (with its new name).
   */
  void onOrganisationChange(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) OrganisationChanged change) {
    source.recordsAffectedBy(change.organisationId()).forEach(this::enqueue);
  }

  /** A change another instance made (read from the change log). */
  private void changedElsewhere(ChangeLog.Change change) {
    switch (change.kind()) {
      case ITEM -> enqueue(change.id());
      case ORGANISATION -> source.recordsAffectedBy(change.id()).forEach(this::enqueue);
    }
  }

  private void enqueue(String itemId) {
    if (queued.add(itemId)) {
      queue.add(itemId);
    }
  }

  /** Writes records whose stamp differs from the database's, removes those no longer there. */
  void repair() throws IOException {
    Map<String, Long> database = source.stamps();
    Map<String, Long> indexed = index.stamps();
    List<String> stale = new ArrayList<>();
    database.forEach(
        (id, stamp) -> {
          if (!stamp.equals(indexed.get(id))) {
            stale.add(id);
          }
        });
    Set<String> gone = new HashSet<>(indexed.keySet());
    gone.removeAll(database.keySet());
    if (!stale.isEmpty() || !gone.isEmpty()) {
      LOG.info(
          () ->
              "Search index differed from the database: writing "
                  + stale.size()
                  + " records again, removing "
                  + gone.size());
      for (int from = 0; from < stale.size(); from += BATCH) {
        index.update(
            source.load(stale.subList(from, Math.min(stale.size(), from + BATCH))), List.of());
      }
      index.update(List.of(), gone);
      index.commit();
      index.refresh();
    }
  }

  /**
   * Starts a rebuild in the background unless one is running; searches go on in the old index until
   * the new one replaces it.
   *
   * @return false when a rebuild was already running
   */
  public boolean startRebuild() {
    if (!rebuilding.compareAndSet(false, true)) {
      return false;
    }
    threads
        .named("search-index-rebuild")
        .newThread(
            () -> {
              try {
                rebuildLocked();
              } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE, "Rebuilding the search index failed; the old one stays", e);
                lastRebuild = "failed: " + e.getMessage();
              } finally {
                rebuilding.set(false);
              }
            })
        .start();
    return true;
  }

  /**
   * Called when reading the index failed: if the index is damaged (see {@link
   * SearchIndex#isDamage}), a rebuild starts (one at a time) and the answer is true, so the caller
   * can say the index is being repaired instead of failing.
   */
  public boolean repairIfDamaged(Throwable failure) {
    if (!SearchIndex.isDamage(failure)) {
      return false;
    }
    if (startRebuild()) {
      LOG.log(
          Level.SEVERE, "The search index is damaged; rebuilding it from the database", failure);
    }
    return true;
  }

  private void rebuildNow() throws IOException {
    rebuilding.set(true);
    try {
      rebuildLocked();
    } finally {
      rebuilding.set(false);
    }
  }

  private void rebuildLocked() throws IOException {
    long begin = System.nanoTime();
    String[] after = {null};
    long count =
        index.rebuild(
            () -> {
              List<String> ids = source.idsAfter(after[0], BATCH);
              if (ids.isEmpty()) {
                return List.of();
              }
              after[0] = ids.get(ids.size() - 1);
              return source.load(ids);
            },
            source::load);
    long millis = (System.nanoTime() - begin) / 1_000_000;
    lastRebuild = count + " records in " + millis + " ms, finished " + java.time.Instant.now();
    LOG.info(() -> "Search index rebuilt: " + lastRebuild);
  }

  public Status status() throws IOException {
    return new Status(
        index.count(),
        queue.size() + pacing.waiting() + writing,
        rebuilding.get(),
        lastRebuild,
        lucene.schema().configuration().fingerprint());
  }

  /** Waits until everything queued so far is searchable (for tests and benchmarks). */
  public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < deadline) {
      if (queued.isEmpty() && pacing.isIdle() && writing == 0) {
        return true;
      }
      Thread.sleep(10);
    }
    return false;
  }

  private void work() {
    long lastCommit = System.currentTimeMillis();
    long lastWrite = 0;
    boolean uncommitted = false;
    while (running) {
      try {
        List<String> ids = new ArrayList<>(pacing.due(System.currentTimeMillis()));
        if (ids.isEmpty()) {
          String first =
              queue.poll(pacing.timeUntilDue(System.currentTimeMillis(), 1000), MILLISECONDS);
          if (first != null) {
            ids.add(first);
          }
        }
        writing = ids.size(); // taken off the queue, not yet searchable
        inFlight.addAll(ids);
        long tooSoon = lastWrite + WRITE_INTERVAL_MS - System.currentTimeMillis();
        if (!ids.isEmpty() && tooSoon > 0) {
          MILLISECONDS.sleep(tooSoon); // gather what else changes meanwhile into the same write
        }
        queue.drainTo(ids, BATCH);
        writing = ids.size();
        inFlight.addAll(ids);
        // Taken off the set before reading, so a change committed while we read is queued again.
        ids.forEach(queued::remove);
        ids = pacing.allowed(ids, System.currentTimeMillis());
        if (!ids.isEmpty()) {
          long begin = System.currentTimeMillis();
          write(ids);
          lastWrite = System.currentTimeMillis();
          pacing.written(ids, begin, lastWrite);
          uncommitted = true;
        }
        if (uncommitted && System.currentTimeMillis() - lastCommit > COMMIT_INTERVAL_MS) {
          index.commit();
          lastCommit = System.currentTimeMillis();
          uncommitted = false;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (IOException | RuntimeException e) {
        // The start-up repair writes whatever was missed; keep serving the rest.
        LOG.log(Level.SEVERE, "Writing to the search index failed", e);
      } finally {
        writing = 0;
        inFlight.clear();
      }
    }
  }

  private void write(Collection<String> ids) throws IOException {
    List<IndexedRecord> records = source.load(ids);
    Set<String> missing = new HashSet<>(ids);
    records.forEach(r -> missing.remove(r.id()));
    index.update(records, missing);
    index.refresh();
  }

  @PreDestroy
  void stop() {
    running = false;
    if (worker != null) {
      worker.interrupt();
      try {
        worker.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    lucene.close();
  }
}
