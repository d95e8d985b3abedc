package no.arbeidoghelse.kunnskapsbase.document.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.arbeidoghelse.kunnskapsbase.document.extraction.ExtractionLimits;
import no.arbeidoghelse.kunnskapsbase.document.extraction.ExtractionOutcome;
import no.arbeidoghelse.kunnskapsbase.document.extraction.ExtractionWorkers;
import no.arbeidoghelse.kunnskapsbase.document.extraction.WorkersUnavailableException;
import no.arbeidoghelse.kunnskapsbase.platform.cluster.ClusterJobs;
import no.arbeidoghelse.kunnskapsbase.platform.concurrency.ManagedThreads;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;
import no.arbeidoghelse.kunnskapsbase.platform.metrics.Metrics;
import no.arbeidoghelse.kunnskapsbase.platform.startup.StartupPhase;
import no.arbeidoghelse.kunnskapsbase.platform.startup.StartupTask;

/**
 * Extracts the text of uploaded documents in the background, on the worker processes. Work is
 * queued only after the upload's transaction committed; the database's {@code pending} status is
 * the durable queue, so documents still pending at start-up (the server stopped or crashed
 * meanwhile) are queued again and nothing is dropped.
 */
@ApplicationScoped
public class DocumentExtraction implements StartupTask {

  private static final Logger LOG = Logger.getLogger(DocumentExtraction.class.getName());

  /**
   * How old a file no document refers to must be to count as left behind: younger ones may be an
   * upload or extraction of another instance sharing the store, under way.
   */
  static final Duration ORPHAN_AGE = Duration.ofHours(1);

  @Inject DocumentRecords records;
  @Inject DocumentFiles files;
  @Inject ManagedThreads threads;
  @Inject ClusterJobs jobs;
  @Inject Metrics metrics;
  private ExtractionWorkers workers;
  private ExecutorService queue;
  private ScheduledExecutorService retries;

  /** Wait before trying documents again after no worker could start; doubles up to ten minutes. */
  private final AtomicLong retryDelaySeconds = new AtomicLong();

  /**
   * This instance, as it claims documents in the database; kept across restarts, so after a crash
   * it takes its own claims up again at once.
   */
  private final String instance =
      no.arbeidoghelse.kunnskapsbase.platform.config.InstanceIdentity.id();

  /** How long a claim holds: longer than an extraction may take (the worker is stopped then). */
  private final Duration claim =
      Duration.ofSeconds(Settings.extractionTimeoutSeconds()).plusSeconds(30);

  /** How often documents whose claim ran out (their instance died) are looked for. */
  static final Duration ORPHANED_CLAIMS = Duration.ofMinutes(1);

  /** Documents queued or being extracted, so that none is extracted twice at once. */
  private final java.util.Set<String> queued = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Fired (inside the upload's transaction) when a document waits for extraction. */
  public record Uploaded(String documentId) {}

  @PostConstruct
  void start() {
    var limits =
        new ExtractionLimits(
            Settings.extractionMaxCharacters(),
            Duration.ofSeconds(Settings.extractionTimeoutSeconds()),
            Settings.extractionMaxDepth(),
            Settings.extractionMaxEmbedded(),
            Settings.extractionHeapMegabytes());
    workers =
        new ExtractionWorkers(
            Settings.extractionWorkers(),
            Settings.extractionThreadsPerWorker(),
            limits,
            threads.named("extraction-worker"));
    // Twice as many threads as files read at once: while one thread stores a finished document's
    // text and status (disk syncs, a transaction), another already keeps the worker busy.
    int size = 2 * workers.size();
    queue =
        new ThreadPoolExecutor(
            size,
            size,
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            threads.named("document-extraction"));
    retries = new ScheduledThreadPoolExecutor(1, threads.named("document-extraction-retry"));
  }

  /** Worker JVMs live only while there is work (checked a few times per idle period). */
  private void stopIdleWorkers(Duration idle) {
    if (!idle.isZero()) {
      long every = Math.max(1, idle.toMillis() / 4);
      retries.scheduleWithFixedDelay(
          () -> workers.stopIdle(idle), every, every, TimeUnit.MILLISECONDS);
    }
  }

  @PreDestroy
  void stop() {
    retries.shutdownNow();
    queue.shutdownNow();
    workers.close();
  }

  @Override
  public StartupPhase phase() {
    return StartupPhase.DOCUMENT_EXTRACTION;
  }

  /**
   * Start-up: clear what a crash left behind (and from then on, on one instance each hour, what
   * removed documents left), then resume documents still pending.
   */
  @Override
  public void run() {
    removeOrphans();
    jobs.schedule("document-orphans", ORPHAN_AGE, this::removeOrphans);
    metrics.gauge(
        "kb_document_extraction_queue",
        "Documents this instance is extracting or has queued for extraction",
        queued::size);
    metrics.gauge(
        "kb_document_extraction_workers",
        "Extraction worker processes running (started by work, stopped when idle)",
        workers::running);
    var pending = records.pendingIds();
    if (!pending.isEmpty()) {
      LOG.info(() -> "Resuming extraction of " + pending.size() + " pending documents");
    }
    pending.forEach(this::submit);
    stopIdleWorkers(Duration.ofSeconds(Settings.extractionIdleSeconds()));
    retries.scheduleWithFixedDelay(
        () -> records.pendingIds().forEach(this::submit),
        ORPHANED_CLAIMS.toMinutes(),
        ORPHANED_CLAIMS.toMinutes(),
        TimeUnit.MINUTES);
  }

  void onUploaded(@Observes(during = TransactionPhase.AFTER_SUCCESS) Uploaded uploaded) {
    submit(uploaded.documentId());
  }

  private void removeOrphans() {
    int removed =
        files
            .store()
            .removeOrphans(records.checksums(), records.ids(), Instant.now().minus(ORPHAN_AGE));
    if (removed > 0) {
      LOG.info(() -> "Removed " + removed + " orphaned files from the document store");
    }
  }

  private void submit(String documentId) {
    if (queued.add(documentId)) {
      queue.execute(
          () -> {
            try {
              extract(documentId);
            } finally {
              queued.remove(documentId);
            }
          });
    }
  }

  private void extract(String documentId) {
    try {
      var document = records.find(documentId).filter(d -> d.isPending());
      if (document.isEmpty() || !records.claim(documentId, instance, Instant.now().plus(claim))) {
        return; // done, or another instance sharing the database extracts it
      }
      var store = files.store();
      ExtractionOutcome outcome =
          workers.extract(store.blob(document.get().sha256()), store.textInProgress(documentId));
      if (outcome.characters() > 0) {
        store.publishText(documentId);
      }
      records.complete(documentId, outcome);
      retryDelaySeconds.set(0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (WorkersUnavailableException e) {
      if (retries.isShutdown()) {
        return; // the server stops; the document stays pending and is resumed at the next start
      }
      long delay = retryDelaySeconds.updateAndGet(d -> Math.clamp(d * 2, 5, 600));
      LOG.log(
          Level.SEVERE,
          "Document {0} stays pending, tried again in {1} s: {2}",
          new Object[] {documentId, delay, e.getMessage()});
      retries.schedule(() -> submit(documentId), delay, TimeUnit.SECONDS);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Extraction of document " + documentId + " failed", e);
      records.complete(
          documentId,
          ExtractionOutcome.failed("the server could not extract it: " + e.getMessage()));
    }
  }
}
