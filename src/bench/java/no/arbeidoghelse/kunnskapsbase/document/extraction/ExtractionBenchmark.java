package no.arbeidoghelse.kunnskapsbase.document.extraction;

import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import no.arbeidoghelse.kunnskapsbase.testing.RunningApp;
import no.arbeidoghelse.kunnskapsbase.testing.RunningApp.Multipart;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;

/**
 * Extraction throughput of the application's pipeline (upload over HTTP until the text is stored)
 * against plain Tika in one thread, on the same files in the same run, and the peak memory (RSS of
 * the server and its worker processes) while the corpus is processed.
 *
 * <p>Run with {@code bench/extraction.sh}; not part of the tests.
 */
public final class ExtractionBenchmark {

  private static final String ADMIN = "admin:" + RunningApp.ADMIN_PASSWORD;

  /**
   * Files attached to each item in the usual case (a paper, its appendix, slides...). Every
   * finished document reindexes its item with the text of all its documents, so the run with the
   * whole corpus on one item shows the worst case.
   */
  private static final int FILES_PER_ITEM = 5;

  /**
   * Passes over the corpus before timing plain Tika: Tika's parsers are a lot of code, and the JIT
   * compilers are still busy with it after one pass (a third of the processor time in the second
   * pass, a tenth in the fourth).
   */
  private static final int WARM_UP_PASSES = 10;

  /**
   * Passes before timing the application (the server is far more code than Tika, and much of it
   * runs a few times per file, so its methods take many passes to be compiled): after 12 passes the
   * server and worker still spent 7-9 s of processor time per pass, after 30 about 5 s, as the JIT
   * compilers had caught up. A server runs for days, so the warm figure is the one that counts.
   * {@code -Dkb.bench.warmUpPasses=N} changes it.
   */
  private static final int APP_WARM_UP_PASSES = Integer.getInteger("kb.bench.warmUpPasses", 36);

  /**
   * How often the client asks whether the texts are done. Every poll is a request the server
   * answers on the cores it extracts with; at 20 ms they took a noticeable share of them.
   */
  private static final int POLL_MILLISECONDS = 50;

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    List<Path> files =
        CorpusManifest.read().entries().stream().map(CorpusManifest.Entry::path).toList();
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    System.out.printf(
        "Corpus: %d files, %.1f MB; %d rounds each%n", files.size(), bytes / 1e6, rounds);

    for (int i = 0; i < WARM_UP_PASSES; i++) {
      plainTika(files);
    }
    double tika = best(rounds, () -> plainTika(files));
    report("plain Tika, 1 thread", files.size(), bytes, tika);
    double worker = best(rounds, () -> workerInProcess(files));
    report("worker logic, in-process", files.size(), bytes, worker);

    for (var setup : setups(args, files.size())) {
      double app = pipeline(files, setup, rounds);
      // This machine's speed drifts by tens of percent over minutes: plain Tika is timed again
      // right after each application run, and the faster of the two times around it counts.
      double tikaAfter = best(rounds, () -> plainTika(files));
      report("plain Tika, 1 thread", files.size(), bytes, tikaAfter);
      double before = tika;
      tika = tikaAfter;
      report("application, " + setup, files.size(), bytes, app);
      System.out.printf(
          "  ratio to plain Tika (the faster of the runs before and after): %.2f%n",
          Math.min(before, tikaAfter) / app);
    }
  }

  /** How the corpus is uploaded and read: files per item, worker JVMs, threads per worker. */
  private record Setup(int filesPerItem, int workers, int threads) {
    static Setup parse(String text, int corpusSize) {
      String[] parts = text.split(":");
      return new Setup(
          parts[0].equals("all") ? corpusSize : Integer.parseInt(parts[0]),
          Integer.parseInt(parts[1]),
          Integer.parseInt(parts[2]));
    }

    @Override
    public String toString() {
      return workers
          + " worker"
          + (workers > 1 ? "s" : "")
          + " x "
          + threads
          + " thread"
          + (threads > 1 ? "s" : "")
          + ", "
          + filesPerItem
          + " files per item";
    }
  }

  /**
   * The setups named after the rounds ({@code 5:1:2} is five files per item, one worker, two
   * threads; {@code all} puts every file on one item), or else: the usual case with one file at a
   * time, with the default of two at a time in one worker, and with two workers of one thread; then
   * the worst case (every file on one item) with the default.
   */
  private static List<Setup> setups(String[] args, int corpusSize) {
    if (args.length > 1) {
      return Arrays.stream(args, 1, args.length).map(a -> Setup.parse(a, corpusSize)).toList();
    }
    return List.of(
        new Setup(FILES_PER_ITEM, 1, 1),
        new Setup(FILES_PER_ITEM, 1, 2),
        new Setup(FILES_PER_ITEM, 2, 1),
        new Setup(corpusSize, 1, 2));
  }

  private interface Timed {
    double run() throws Exception;
  }

  /** The best of the rounds; all of them are printed, to show the spread. */
  private static double best(int rounds, Timed timed) throws Exception {
    double best = Double.MAX_VALUE;
    var all = new StringBuilder("  rounds:");
    for (int i = 0; i < rounds; i++) {
      double seconds = timed.run();
      all.append(String.format(" %.2f s", seconds));
      best = Math.min(best, seconds);
    }
    System.out.println(all);
    return best;
  }

  private static void report(String what, int files, long bytes, double seconds) {
    System.out.printf(
        "%-28s %6.2f s  %6.1f documents/s  %5.2f MB/s%n",
        what, seconds, files / seconds, bytes / 1e6 / seconds);
  }

  /** Seconds for Tika alone to extract every file, the way the worker does, in one thread. */
  private static double plainTika(List<Path> files) throws IOException {
    var parser = new AutoDetectParser();
    long start = System.nanoTime();
    for (Path file : files) {
      var context = new ParseContext();
      context.set(Parser.class, parser);
      try (var in = TikaInputStream.get(file);
          Writer sink = Writer.nullWriter()) {
        parser.parse(
            in,
            new BodyContentHandler(new WriteOutContentHandler(sink, 5_000_000)),
            new Metadata(),
            context);
      } catch (Exception | StackOverflowError e) {
        // hostile files fail here as in the application; only time counts
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** Seconds for the worker's own logic (Tika, text file, language) without process or HTTP. */
  private static double workerInProcess(List<Path> files) throws IOException {
    var worker = new ExtractionWorker(ExtractionLimits.DEFAULT);
    Path out = Files.createTempFile("bench", ".txt");
    long start = System.nanoTime();
    for (Path file : files) {
      worker.extract(file, out);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** Seconds from the first upload until every text is stored and searchable, best of rounds. */
  private static double pipeline(List<Path> files, Setup setup, int rounds) throws Exception {
    int perItem = setup.filesPerItem();
    double best = Double.MAX_VALUE;
    long peakRss = 0;
    // built before timing: the client's own work runs on the same cores as the server
    List<Multipart> bodies = new ArrayList<>();
    for (Path file : files) {
      bodies.add(Multipart.of(file));
    }
    try (var app =
        RunningApp.embedded("bench-" + setup.workers() + "x" + setup.threads())
            .with("KB_SAMPLE_DATA", "false")
            .with("KB_EXTRACTION_WORKERS", Integer.toString(setup.workers()))
            .with("KB_EXTRACTION_THREADS", Integer.toString(setup.threads()))
            .start()) {
      for (int round = 1 - APP_WARM_UP_PASSES; round <= rounds; round++) { // up to 0: warm-up
        List<String> items = new ArrayList<>();
        for (int i = 0; i < files.size(); i += perItem) {
          items.add(createItem(app, round));
        }
        awaitIndexed(app); // the new items' own indexing is not part of the time
        AtomicLong peak = new AtomicLong();
        var sampler = Thread.ofVirtual().start(() -> sampleRss(app, peak));
        double cpuBefore = cpuSeconds(app);
        long start = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
          String item = items.get(i / perItem);
          var response =
              app.plain("POST", "/api/v1/projects/" + item + "/documents", ADMIN, bodies.get(i));
          if (response.status() != 202) {
            throw new IllegalStateException("Upload of " + files.get(i) + ": " + response.body());
          }
        }
        double uploading = (System.nanoTime() - start) / 1e9;
        for (String item : items) {
          while (anyPending(app, item)) {
            Thread.sleep(POLL_MILLISECONDS);
          }
        }
        awaitIndexed(app); // "upload to searchable": the texts are in the search index too
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        System.out.printf(
            "  round %d: uploads done after %.2f s, all extracted after %.2f s, processor time of"
                + " server and workers %.2f s%n",
            round, uploading, seconds, cpuSeconds(app) - cpuBefore);
        if (round > 0) {
          best = Math.min(best, seconds);
          peakRss = Math.max(peakRss, peak.get());
        }
      }
    }
    System.out.printf("  peak RSS, server + workers, %s: %d MB%n", setup, peakRss / 1024);
    return best;
  }

  /** Whether a document of the item still waits for its text (one request for all of them). */
  private static boolean anyPending(RunningApp app, String item) throws Exception {
    return answer(app, "/api/v1/projects/" + item + "/documents").asJsonArray().stream()
        .anyMatch(d -> d.asJsonObject().getString("status").equals("pending"));
  }

  /** Waits until the search index holds every change so far. */
  private static void awaitIndexed(RunningApp app) throws Exception {
    while (answer(app, "/api/v1/admin/search-index")
            .asJsonObject()
            .getJsonNumber("queued")
            .longValue()
        > 0) {
      Thread.sleep(POLL_MILLISECONDS);
    }
  }

  private static JsonStructure answer(RunningApp app, String path) throws IOException {
    var response = app.plain("GET", path, ADMIN, null);
    if (response.status() != 200) {
      throw new IllegalStateException(path + ": " + response.status() + " " + response.body());
    }
    return RunningApp.parse(response.body());
  }

  private static String createItem(RunningApp app, int round) throws Exception {
    var response =
        app.json(
            "POST",
            "/api/v1/projects",
            "{\"title\": \"Benchmark " + round + "\", \"status\": \"ongoing\"}",
            ADMIN);
    return RunningApp.parse(response).asJsonObject().getString("id");
  }

  /** Largest sum of VmRSS (kB) over the server process and its children. */
  private static void sampleRss(RunningApp app, AtomicLong peak) {
    while (!Thread.currentThread().isInterrupted()) {
      long total = app.processTree().map(ExtractionBenchmark::rssKb).sum();
      peak.accumulateAndGet(total, Math::max);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** User and system time of the server and its worker processes so far, in seconds. */
  private static double cpuSeconds(RunningApp app) {
    return app.processTree().mapToDouble(ExtractionBenchmark::cpuSeconds).sum();
  }

  private static double cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // the fields after the command name, which is in parentheses and may contain spaces
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return 0; // the process ended meanwhile
    }
  }

  private static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process ended meanwhile
    }
    return 0;
  }
}
