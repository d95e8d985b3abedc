package no.arbeidoghelse.kunnskapsbase.search.relevance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The relevance benchmark as a test: on every standard collection the application's ranking must be
 * at least as good as plain Lucene BM25 (within a small tolerance) in MAP and nDCG@10.
 */
class RelevanceIT {

  /** How far below BM25 the app may fall before this fails (noise, not a goal). */
  static final double TOLERANCE = 0.01;

  @Test
  void medlineShortQuestions() throws Exception {
    atLeastPlainBm25(TestCollection.med());
  }

  /** Long questions: a third of CACM's queries have more than 32 words. */
  @Test
  void cacmLongQuestions() throws Exception {
    atLeastPlainBm25(TestCollection.cacm());
  }

  private static void atLeastPlainBm25(TestCollection collection) throws Exception {
    var outcome = RelevanceBenchmark.run(collection);
    System.out.print(outcome.table());
    assertTrue(outcome.app().map() >= outcome.bm25().map() - TOLERANCE, outcome::table);
    assertTrue(outcome.app().ndcg10() >= outcome.bm25().ndcg10() - TOLERANCE, outcome::table);
  }
}
