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
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A fixed pool of {@link ExtractionWorker} processes. {@link #extract} hands a file to an idle
 * worker and waits for its answer; a worker that runs past the time limit is killed, one that dies
 * (out of memory, crash) is replaced for the next file. The caller always gets an outcome.
 *
 * <p>Plain Java on purpose: the server runs it, so it must not touch Tika.
 */
public final class ExtractionWorkers implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ExtractionWorkers.class.getName());

  /** The JVM exits with this code on OutOfMemoryError ({@code -XX:+ExitOnOutOfMemoryError}). */
  private static final int OUT_OF_MEMORY_EXIT = 3;

  private final ExtractionLimits limits;
  private final List<String> command;
  private final BlockingQueue<WorkerProcess> idle;
  private final List<WorkerProcess> all = new ArrayList<>();

  public ExtractionWorkers(int size, ExtractionLimits limits) {
    this.limits = limits;
    this.command = command(limits);
    this.idle = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) {
      var worker = new WorkerProcess(i);
      all.add(worker);
      idle.add(worker);
    }
  }

  public int size() {
    return all.size();
  }

  /**
   * Extracts the text of {@code input} into {@code output}, waiting for a free worker.
   *
   * @throws WorkersUnavailableException when no worker JVM could be started; the file was not read
   */
  public ExtractionOutcome extract(Path input, Path output)
      throws InterruptedException, WorkersUnavailableException {
    WorkerProcess worker = idle.take();
    try {
      return worker.extract(input, output);
    } finally {
      idle.add(worker);
    }
  }

  @Override
  public void close() {
    all.forEach(WorkerProcess::stop);
  }

  private static List<String> command(ExtractionLimits limits) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx" + limits.heapMegabytes() + "m");
    command.add("-Xss8m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-XX:+UseSerialGC");
    command.add("-Djava.awt.headless=true");
    command.add("-cp");
    command.add(classpath());
    command.add(ExtractionWorker.class.getName());
    command.addAll(List.of(limits.workerArguments()));
    return command;
  }

  /**
   * Inside the application: its classes plus {@code WEB-INF/extractor/lib}, where the build puts
   * Tika, plus {@code WEB-INF/lib}: a library that Tika shares with the server (slf4j-api, say) is
   * resolved once by Maven and lands only there. Elsewhere (tests): this JVM's own class path.
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
        Path extractorLib = classes.resolveSibling("extractor").resolve("lib");
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

  /** One worker JVM, started on first use and again after it died or was killed. */
  private final class WorkerProcess {
    private final int number;
    private final ExecutorService reader;
    private Process process;
    private BufferedWriter jobs;
    private BufferedReader answers;
    private ErrorTail errors = new ErrorTail();

    WorkerProcess(int number) {
      this.number = number;
      this.reader =
          Executors.newSingleThreadExecutor(
              r -> {
                var thread = new Thread(r, "extraction-worker-" + number);
                thread.setDaemon(true);
                return thread;
              });
    }

    ExtractionOutcome extract(Path input, Path output)
        throws InterruptedException, WorkersUnavailableException {
      ensureStarted();
      try {
        jobs.write(input.toAbsolutePath() + "\t" + output.toAbsolutePath());
        jobs.newLine();
        jobs.flush();
        String answer = readLine(limits.timeout());
        if (answer != null) {
          return ExtractionOutcome.decode(answer);
        }
        return ExtractionOutcome.failed(died());
      } catch (TimeoutException e) {
        stop();
        return ExtractionOutcome.failed(
            "reading the file took longer than " + limits.timeout().toSeconds() + " seconds");
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Extraction worker " + number + " failed" + errors.describe(), e);
        return ExtractionOutcome.failed(died());
      }
    }

    private String died() throws InterruptedException {
      process.waitFor(5, TimeUnit.SECONDS);
      int exit = process.isAlive() ? -1 : process.exitValue();
      stop();
      return exit == OUT_OF_MEMORY_EXIT
          ? "reading the file needed more than the " + limits.heapMegabytes() + " MB allowed"
          : "the extraction process stopped while reading the file (exit code " + exit + ")";
    }

    /**
     * Starts the JVM unless it runs; a JVM that cannot start is the server's fault, not the file's.
     */
    private void ensureStarted() throws InterruptedException, WorkersUnavailableException {
      if (process != null && process.isAlive()) {
        return;
      }
      errors = new ErrorTail();
      try {
        process = new ProcessBuilder(command).start();
        errors.follow(process.getErrorStream(), "extraction-worker-" + number + "-errors");
        jobs =
            new BufferedWriter(
                new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        answers =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long begin = System.nanoTime();
        String ready = readLine(Duration.ofSeconds(60));
        if (ExtractionWorker.READY.equals(ready)) {
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
        for (int i = 0; ready != null && i < 15; i++, ready = readLine(Duration.ofSeconds(1))) {
          errors.add(ready);
        }
      } catch (IOException | TimeoutException e) {
        LOG.log(Level.FINE, "Extraction worker " + number + " did not start", e);
      }
      String why = "extraction worker " + number + " did not start" + errors.describe();
      LOG.warning(why);
      LOG.fine(() -> "Extraction worker command: " + command);
      stop();
      throw new WorkersUnavailableException(why);
    }

    private String readLine(Duration timeout)
        throws InterruptedException, TimeoutException, IOException {
      var line = reader.submit(answers::readLine);
      try {
        return line.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        throw new IOException(e.getCause());
      } catch (TimeoutException e) {
        line.cancel(true);
        throw e;
      }
    }

    void stop() {
      if (process != null) {
        process.destroyForcibly();
        try {
          process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        process = null;
      }
    }
  }
}
