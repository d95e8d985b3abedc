package no.arbeidoghelse.kunnskapsbase.document.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker processes: real child JVMs, killed on time-out, replaced after dying. */
class ExtractionWorkersTest {

  static final Path CORPUS = ExtractionWorkerTest.CORPUS;
  @TempDir Path temp;

  @Test
  void extractsInAChildProcessAndSurvivesItsDeath() throws Exception {
    var limits = new ExtractionLimits(1_000_000, Duration.ofSeconds(60), 5, 100, 128);
    try (var workers =
        new ExtractionWorkers(1, 1, limits, Thread.ofPlatform().daemon().factory())) {
      var first = workers.extract(CORPUS.resolve("testPDF.pdf"), temp.resolve("a.txt"));
      assertEquals(ExtractionOutcome.EXTRACTED, first.status(), first.detail());

      // a file that is not there makes the worker report, not die
      var missing = workers.extract(temp.resolve("missing.pdf"), temp.resolve("b.txt"));
      assertEquals(ExtractionOutcome.FAILED, missing.status());

      var afterwards = workers.extract(CORPUS.resolve("testWORD.docx"), temp.resolve("c.txt"));
      assertEquals(ExtractionOutcome.EXTRACTED, afterwards.status(), afterwards.detail());
    }
  }

  @Test
  void anIdleWorkerIsStoppedAndTheNextFileStartsItAgain() throws Exception {
    var limits = new ExtractionLimits(1_000_000, Duration.ofSeconds(60), 5, 100, 128);
    try (var workers =
        new ExtractionWorkers(1, 1, limits, Thread.ofPlatform().daemon().factory())) {
      assertEquals(0, workers.running(), "none before the first file");
      workers.extract(CORPUS.resolve("testPDF.pdf"), temp.resolve("a.txt"));
      assertEquals(1, workers.running());
      workers.stopIdle(Duration.ofMinutes(1));
      assertEquals(1, workers.running(), "not idle long enough");
      workers.stopIdle(Duration.ZERO);
      assertEquals(0, workers.running());
      var again = workers.extract(CORPUS.resolve("testWORD.docx"), temp.resolve("b.txt"));
      assertEquals(ExtractionOutcome.EXTRACTED, again.status(), again.detail());
      assertEquals(1, workers.running());
    }
  }

  @Test
  void aWorkerThatRunsTooLongIsKilledAndReplaced() throws Exception {
    var limits = new ExtractionLimits(1_000_000, Duration.ofMillis(1), 5, 100, 128);
    try (var workers =
        new ExtractionWorkers(1, 1, limits, Thread.ofPlatform().daemon().factory())) {
      var slow = workers.extract(CORPUS.resolve("testPDFVarious.pdf"), temp.resolve("a.txt"));
      assertEquals(ExtractionOutcome.TOO_LARGE, slow.status());
      assertTrue(slow.detail().contains("longer than"), slow.detail());
    }
    var patient = new ExtractionLimits(1_000_000, Duration.ofSeconds(60), 5, 100, 128);
    try (var workers =
        new ExtractionWorkers(1, 1, patient, Thread.ofPlatform().daemon().factory())) {
      assertEquals(
          ExtractionOutcome.EXTRACTED,
          workers.extract(CORPUS.resolve("testPDF.pdf"), temp.resolve("b.txt")).status());
    }
  }

  @Test
  void aWorkerThatCannotStartIsReportedWithItsErrorOutputNotBlamedOnTheFile() {
    var tooLittleHeap = new ExtractionLimits(1_000_000, Duration.ofSeconds(60), 5, 100, 1);
    try (var workers =
        new ExtractionWorkers(1, 1, tooLittleHeap, Thread.ofPlatform().daemon().factory())) {
      var unavailable =
          assertThrows(
              WorkersUnavailableException.class,
              () -> workers.extract(CORPUS.resolve("testPDF.pdf"), temp.resolve("a.txt")));
      assertTrue(unavailable.getMessage().contains("heap"), unavailable.getMessage());
    }
  }

  @Test
  void workersReadSeveralFilesAtOnce() throws Exception {
    var limits = new ExtractionLimits(1_000_000, Duration.ofSeconds(60), 5, 100, 128);
    try (var workers = new ExtractionWorkers(2, 2, limits, Thread.ofPlatform().daemon().factory());
        var callers = Executors.newFixedThreadPool(6)) {
      assertEquals(4, workers.size());
      List<Future<ExtractionOutcome>> outcomes = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Path out = temp.resolve("out" + i + ".txt");
        String file = i % 2 == 0 ? "testWORD.docx" : "testPDF.pdf";
        outcomes.add(callers.submit(() -> workers.extract(CORPUS.resolve(file), out)));
      }
      for (int i = 0; i < outcomes.size(); i++) {
        var outcome = outcomes.get(i).get();
        assertEquals(ExtractionOutcome.EXTRACTED, outcome.status(), outcome.detail());
        assertTrue(
            Files.readString(temp.resolve("out" + i + ".txt"))
                .contains(i % 2 == 0 ? "Sample Word Document" : "Apache Tika"));
      }
    }
  }

  /**
   * A worker that dies while it reads two files gives no hint which one killed it: both are read
   * again, each alone, and here (the worker was killed from outside) both succeed.
   */
  @Test
  void filesBesideOneThatKillsTheWorkerAreReadAgainAlone() throws Exception {
    var limits = new ExtractionLimits(1_000_000, Duration.ofSeconds(60), 5, 100, 128);
    try (var workers = new ExtractionWorkers(1, 2, limits, Thread.ofPlatform().daemon().factory());
        var callers = Executors.newFixedThreadPool(2)) {
      // started (and Word read) first; this PDF takes over a second even with its classes loaded
      workers.extract(CORPUS.resolve("testWORD.docx"), temp.resolve("warm.txt"));
      ProcessHandle worker = ProcessHandle.current().children().findFirst().orElseThrow();
      Path slow = CORPUS.resolve("testPDF_childAttachments.pdf");
      var first = callers.submit(() -> workers.extract(slow, temp.resolve("a.txt")));
      var second = callers.submit(() -> workers.extract(slow, temp.resolve("b.txt")));
      Thread.sleep(150);
      worker.destroyForcibly();
      assertEquals(ExtractionOutcome.EXTRACTED, first.get().status(), first.get().detail());
      assertEquals(ExtractionOutcome.EXTRACTED, second.get().status(), second.get().detail());
      assertTrue(
          ProcessHandle.current().children().anyMatch(child -> child.pid() != worker.pid()),
          "a new worker read them again");
    }
  }
}
