package no.arbeidoghelse.kunnskapsbase.search.relevance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import no.arbeidoghelse.kunnskapsbase.testing.RunningApp;
import org.junit.jupiter.api.Test;

/**
 * The relevance benchmark as a test: the application's ranking on the MEDLINE collection must be at
 * least as good as plain Lucene BM25 (within a small tolerance) in MAP and nDCG@10.
 */
class RelevanceIT {

  /** How far below BM25 the app may fall before this fails (noise, not a goal). */
  static final double TOLERANCE = 0.01;

  @Test
  void rankingIsAtLeastAsGoodAsPlainBm25() throws Exception {
    try (var app = RunningApp.embedded("relevance-it").with("KB_SAMPLE_DATA", "false").start()) {
      var outcome = RelevanceBenchmark.run(app);
      System.out.print(outcome.table());
      assertTrue(outcome.app().map() >= outcome.bm25().map() - TOLERANCE, outcome::table);
      assertTrue(outcome.app().ndcg10() >= outcome.bm25().ndcg10() - TOLERANCE, outcome::table);
    }
  }
}
