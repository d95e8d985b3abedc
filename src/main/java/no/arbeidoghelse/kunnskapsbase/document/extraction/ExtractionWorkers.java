package no.arbeidoghelse.kunnskapsbase.document.extraction;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.arbeidoghelse.kunnskapsbase.platform.launcher.Launcher;

/**
 * A fixed pool of {@link ExtractionWorker} processes, each reading several files at once on threads
 * of its own. {@link #extract} hands a file to a worker with a free thread and waits for its
 * answer. A file that runs past the time limit has its worker killed; a worker that dies (out of
 * memory, crash) is replaced for the next file. When a worker dies while it reads several files,
 * which of them killed it is unknown, so each is read again in a worker that reads nothing else:
 * the culprit fails alone, the others succeed. The caller always gets an outcome.
 *
 * <p>Plain Java on purpose: the server runs it, so it must not touch Tika.
 */
public final class ExtractionWorkers implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ExtractionWorkers.class.getName());

  /** The JVM exits with this code on OutOfMemoryError ({@code -XX:+ExitOnOutOfMemoryError}). */
  private static final int OUT_OF_MEMORY_EXIT = 3;

  private static final long START_SECONDS = 60;

  private static final Path NICE = Path.of("/usr/bin/nice");

  private final ExtractionLimits limits;
  private final int threads;
  private final List<String> command;

  /** One entry per free thread of a worker. */
  private final BlockingQueue<WorkerProcess> free;

  private final List<WorkerProcess> all = new ArrayList<>();
  private final AtomicLong jobIds = new AtomicLong();
  private final ThreadFactory threadFactory;
  private volatile boolean closed;

  /**
   * @param processes worker JVMs
   * @param threads files each worker reads at once; its heap is {@link
   *     ExtractionLimits#heapMegabytes()} per thread
   * @param threadFactory makes the threads that read the workers' answers and error output
   */
  public ExtractionWorkers(
      int processes, int threads, ExtractionLimits limits, ThreadFactory threadFactory) {
    this.limits = limits;
    this.threadFactory = threadFactory;
    this.threads = threads;
    this.command = command(limits, threads, heapMegabytes());
    this.free = new ArrayBlockingQueue<>(processes * threads);
    for (int i = 0; i < processes; i++) {
      var worker = new WorkerProcess(i);
      all.add(worker);
      for (int t = 0; t < threads; t++) {
        free.add(worker);
      }
    }
  }

  /** Files read at once, over all workers. */
  public int size() {
    return all.size() * threads;
  }

  /**
   * Extracts the text of {@code input} into {@code output}, waiting for a free worker thread.
   *
   * @throws WorkersUnavailableException when no worker JVM could be started; the file was not read
   */
  public ExtractionOutcome extract(Path input, Path output)
      throws InterruptedException, WorkersUnavailableException {
    WorkerProcess worker = free.take();
    try {
      return worker.extract(input, output);
    } finally {
      free.add(worker);
    }
  }

  /** Worker JVMs running now. */
  public long running() {
    return all.stream().filter(WorkerProcess::isRunning).count();
  }

  /**
   * Stops the worker JVMs that have read nothing for {@code idle}: an idle worker still holds a few
   * hundred MB, and the next file starts it again (in about a second, see docs/benchmarks.md).
   */
  public void stopIdle(Duration idle) {
    all.forEach(worker -> worker.stopIfIdle(idle.toNanos()));
  }

  @Override
  public void close() {
    closed = true;
    all.forEach(WorkerProcess::stop);
  }

  /** The worker JVM's heap: the limit per file times the files it reads at once. */
  private int heapMegabytes() {
    return limits.heapMegabytes() * threads;
  }

  private static List<String> command(ExtractionLimits limits, int threads, int heapMegabytes) {
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(NICE)) {
      // extraction is background work: searches and uploads come first when the cores are busy
      command.addAll(List.of(NICE.toString(), "-n", "10"));
    }
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx" + heapMegabytes + "m");
    command.add("-Xss8m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-XX:+UseSerialGC");
    command.add("-Djava.awt.headless=true");
    command.add("-cp");
    command.add(classpath());
    command.add(ExtractionWorker.class.getName());
    command.add(Integer.toString(threads));
    command.addAll(List.of(limits.workerArguments()));
    return command;
  }

  /**
   * Inside the application: its classes plus Tika's libraries, which the build puts in {@code
   * WEB-INF/extractor/lib} and the launcher unpacks outside the application (so that Payara does
   * not scan them), plus {@code WEB-INF/lib}: a library that Tika shares with the server
   * (slf4j-api, say) is resolved once by Maven and lands only there. Elsewhere (tests): this JVM's
   * own class path.
   */
  static String classpath() {
    try {
      var url =
          ExtractionWorkers.class.getResource(ExtractionWorkers.class.getSimpleName() + ".class");
      if (url != null && url.getProtocol().equals("file")) {
        Path classes = Path.of(url.toURI()).getParent();
        for (String ignored : ExtractionWorkers.class.getPackageName().split("\\.")) {
          classes = classes.getParent();
        }
        Path extractorLib =
            Optional.ofNullable(System.getProperty(Launcher.EXTRACTOR_LIBRARIES))
                .map(Path::of)
                .orElse(classes.resolveSibling("extractor").resolve("lib"));
        Path serverLib = classes.resolveSibling("lib");
        if (Files.isDirectory(extractorLib)) {
          return String.join(
              File.pathSeparator,
              classes.toString(),
              extractorLib + File.separator + "*",
              serverLib + File.separator + "*");
        }
      }
    } catch (URISyntaxException | RuntimeException e) {
      LOG.log(Level.FINE, "No application class directory; using the class path", e);
    }
    return System.getProperty("java.class.path");
  }

  private static WorkersUnavailableException stopped() {
    return new WorkersUnavailableException("the extraction workers were stopped");
  }

  /** The worker JVM died while it read other files too; this one deserves another try alone. */
  private static final class SharedDeath extends Exception {
    SharedDeath() {
      super(null, null, false, false);
    }
  }

  /** One worker, started on first use and again after it died or was killed. */
  private final class WorkerProcess {
    private final int number;

    /**
     * Files are read side by side under the read lock; a file read again after a shared death takes
     * the write lock, and so the worker to itself.
     */
    private final ReentrantReadWriteLock sharing = new ReentrantReadWriteLock(true);

    private Running running;

    WorkerProcess(int number) {
      this.number = number;
    }

    ExtractionOutcome extract(Path input, Path output)
        throws InterruptedException, WorkersUnavailableException {
      try {
        return extract(input, output, sharing.readLock());
      } catch (SharedDeath first) {
        try {
          return extract(input, output, sharing.writeLock());
        } catch (SharedDeath again) { // stopped from outside while it read this file alone
          if (closed) {
            throw stopped();
          }
          return ExtractionOutcome.failed("the extraction process stopped while reading the file");
        }
      }
    }

    private ExtractionOutcome extract(Path input, Path output, Lock lock)
        throws InterruptedException, WorkersUnavailableException, SharedDeath {
      lock.lockInterruptibly();
      try {
        return started().extract(jobIds.incrementAndGet(), input, output);
      } finally {
        lock.unlock();
      }
    }

    /**
     * The running JVM; starts one if none runs. A JVM that cannot start is not the file's fault.
     */
    private synchronized Running started()
        throws InterruptedException, WorkersUnavailableException {
      if (closed) {
        throw stopped();
      }
      if (running == null || !running.isAlive()) {
        running = new Running(number);
      }
      return running;
    }

    synchronized void stop() {
      if (running != null) {
        running.kill();
        running = null;
      }
    }

    synchronized boolean isRunning() {
      return running != null && running.isAlive();
    }

    /** Every file holds the read lock while it is read: the write lock means none is. */
    void stopIfIdle(long idleNanos) {
      if (!sharing.writeLock().tryLock()) {
        return;
      }
      try {
        synchronized (this) {
          if (running != null && System.nanoTime() - running.lastUsed >= idleNanos) {
            running.kill();
            running = null;
            LOG.info(() -> "Extraction worker " + number + " stopped: idle");
          }
        }
      } finally {
        sharing.writeLock().unlock();
      }
    }
  }

  /** One started worker JVM and the files it reads now. */
  private final class Running {
    private final Process process;
    private final BufferedWriter jobs;
    private final ErrorTail errors = new ErrorTail();
    private final CompletableFuture<Boolean> ready = new CompletableFuture<>();
    private final Thread answers;

    /** Files sent and not answered; guarded by itself. */
    private final Map<Long, CompletableFuture<ExtractionOutcome>> reading = new HashMap<>();

    private boolean ended;
    private boolean killed;

    /** When it last started or finished a file ({@link System#nanoTime}). */
    private volatile long lastUsed = System.nanoTime();

    Running(int number) throws InterruptedException, WorkersUnavailableException {
      try {
        process = new ProcessBuilder(command).start();
      } catch (IOException e) {
        throw unavailable(number, e);
      }
      errors.follow(
          process.getErrorStream(), threadFactory, "extraction-worker-" + number + "-errors");
      jobs =
          new BufferedWriter(
              new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
      answers = threadFactory.newThread(this::readAnswers);
      answers.setName("extraction-worker-" + number);
      answers.start();
      long begin = System.nanoTime();
      try {
        if (ready.get(START_SECONDS, TimeUnit.SECONDS)) {
          LOG.info(
              () ->
                  "Extraction worker "
                      + number
                      + " started in "
                      + (System.nanoTime() - begin) / 1_000_000
                      + " ms");
          return;
        }
        // the JVM itself reports start-up errors (too little memory, say) on stdout
        process.waitFor(5, TimeUnit.SECONDS);
        answers.join(1000);
      } catch (ExecutionException | TimeoutException e) {
        LOG.log(Level.FINE, "Extraction worker " + number + " did not start", e);
      }
      kill();
      throw unavailable(number, null);
    }

    private WorkersUnavailableException unavailable(int number, IOException cause) {
      String why =
          "extraction worker "
              + number
              + " did not start"
              + (cause == null ? "" : ": " + cause.getMessage())
              + errors.describe();
      LOG.warning(why);
      LOG.fine(() -> "Extraction worker command: " + command);
      return new WorkersUnavailableException(why);
    }

    boolean isAlive() {
      synchronized (reading) {
        return !ended && process.isAlive();
      }
    }

    ExtractionOutcome extract(long id, Path input, Path output)
        throws InterruptedException, SharedDeath {
      lastUsed = System.nanoTime();
      try {
        return send(id, input, output);
      } finally {
        lastUsed = System.nanoTime();
      }
    }

    private ExtractionOutcome send(long id, Path input, Path output)
        throws InterruptedException, SharedDeath {
      var answer = new CompletableFuture<ExtractionOutcome>();
      synchronized (reading) {
        if (ended) {
          throw new SharedDeath();
        }
        reading.put(id, answer);
      }
      try {
        synchronized (jobs) {
          jobs.write(id + "\t" + input.toAbsolutePath() + "\t" + output.toAbsolutePath());
          jobs.newLine();
          jobs.flush();
        }
      } catch (IOException e) {
        // the JVM is gone: the answer thread sees that too and settles this file
        LOG.log(Level.FINE, "Writing to an extraction worker failed", e);
      }
      try {
        return answer.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        forget(id);
        kill();
        return ExtractionOutcome.tooLarge(
            "reading the file took longer than "
                + limits.timeout().toSeconds()
                + " seconds (a compression bomb?)");
      } catch (InterruptedException e) {
        forget(id);
        throw e;
      } catch (ExecutionException e) {
        throw (SharedDeath) e.getCause();
      }
    }

    private void forget(long id) {
      synchronized (reading) {
        reading.remove(id);
      }
    }

    private void readAnswers() {
      var lines =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      try {
        String first = lines.readLine();
        boolean started = ExtractionWorker.READY.equals(first);
        ready.complete(started);
        if (!started) {
          for (String line = first; line != null; line = lines.readLine()) {
            errors.add(line);
          }
          return;
        }
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          int tab = line.indexOf('\t');
          CompletableFuture<ExtractionOutcome> answer;
          synchronized (reading) {
            answer = tab > 0 ? reading.remove(Long.parseLong(line.substring(0, tab))) : null;
          }
          if (answer != null) {
            answer.complete(ExtractionOutcome.decode(line.substring(tab + 1)));
          }
        }
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.FINE, "Reading an extraction worker's answers failed", e);
      } finally {
        ready.complete(false);
        settleAfterEnd();
      }
    }

    /**
     * The JVM is gone. A file it read alone is what killed it; files read side by side get another
     * try each, alone.
     */
    private void settleAfterEnd() {
      List<CompletableFuture<ExtractionOutcome>> unanswered;
      boolean wasKilled;
      synchronized (reading) {
        ended = true;
        wasKilled = killed;
        unanswered = new ArrayList<>(reading.values());
        reading.clear();
      }
      if (unanswered.isEmpty()) {
        return;
      }
      if (unanswered.size() == 1 && !wasKilled) {
        unanswered.getFirst().complete(whyItDied());
      } else {
        unanswered.forEach(answer -> answer.completeExceptionally(new SharedDeath()));
      }
    }

    private ExtractionOutcome whyItDied() {
      try {
        process.waitFor(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      int exit = process.isAlive() ? -1 : process.exitValue();
      if (exit != OUT_OF_MEMORY_EXIT) {
        LOG.warning("Extraction worker died with exit code " + exit + errors.describe());
      }
      kill();
      return exit == OUT_OF_MEMORY_EXIT
          ? ExtractionOutcome.tooLarge(
              "reading the file needed more than the " + heapMegabytes() + " MB allowed")
          : ExtractionOutcome.failed(
              "the extraction process stopped while reading the file (exit code " + exit + ")");
    }

    void kill() {
      synchronized (reading) {
        killed = true;
      }
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
