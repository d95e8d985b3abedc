package no.arbeidoghelse.kunnskapsbase.document.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of the Tika test corpus through the worker pool: each ends in a status that fits its
 * category, and hostile files cost only a worker process.
 */
class ExtractionCorpusIT {

  @TempDir Path temp;

  @Test
  void everyFileEndsInAFittingStatus() throws Exception {
    var manifest = CorpusManifest.read();
    Map<String, Map<String, Integer>> table = new TreeMap<>();
    List<String> misfits = new ArrayList<>();
    // two JVMs reading two files each: a hostile file's worker dies beside other files
    try (var workers =
            new ExtractionWorkers(
                2, 2, ExtractionLimits.DEFAULT, Thread.ofPlatform().daemon().factory());
        var callers = Executors.newFixedThreadPool(4)) {
      List<Future<ExtractionOutcome>> outcomes = new ArrayList<>();
      for (var entry : manifest.entries()) {
        Path out = temp.resolve(entry.file() + ".txt");
        outcomes.add(callers.submit(() -> workers.extract(entry.path(), out)));
      }
      for (int i = 0; i < outcomes.size(); i++) {
        var entry = manifest.entries().get(i);
        var outcome = outcomes.get(i).get();
        table
            .computeIfAbsent(entry.category(), c -> new TreeMap<>())
            .merge(outcome.status(), 1, Integer::sum);
        if (!CorpusManifest.FITTING.get(entry.category()).contains(outcome.status())) {
          misfits.add(
              entry.file()
                  + " ("
                  + entry.category()
                  + "): "
                  + outcome.status()
                  + " "
                  + outcome.detail());
        }
      }
    }
    System.out.println("Corpus outcome by category: " + table);
    assertEquals(List.of(), misfits);
  }
}
