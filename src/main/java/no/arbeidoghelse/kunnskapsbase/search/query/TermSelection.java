package no.arbeidoghelse.kunnskapsbase.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexSchema;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Which words a long query searches. A query of more distinct plain words than one search may
 * afford ({@code maxTerms}) keeps its most telling ones, as a more-like-this query does: each word
 * weighs how often it was typed times how rare it is among the records (inverse document frequency
 * in the best of the languages' catch-all fields). Stop words and words no record contains weigh
 * nothing and are left out first, which changes nothing; the searcher is told only when a word that
 * would have counted was left out. A pasted abstract is thus a valid query.
 */
public final class TermSelection {

  /** How often a word of a long query counts at most: repeats weigh, but only so much. */
  public static final int MAX_REPEATS = 3;

  /**
   * The words left out, whether any of them would have found something, and how often a word kept
   * is searched at most (a long query's many repeats would only add cost).
   */
  public record Selection(Set<String> leftOut, boolean informativeLeftOut, int maxRepeats) {
    public static final Selection ALL = new Selection(Set.of(), false, Integer.MAX_VALUE);
  }

  private TermSelection() {}

  public static Selection of(
      List<String> plainWords, int maxTerms, IndexSchema schema, IndexReader reader)
      throws IOException {
    Map<String, Integer> typed = new LinkedHashMap<>();
    plainWords.forEach(word -> typed.merge(word, 1, Integer::sum));
    if (plainWords.size() <= maxTerms) {
      return Selection.ALL;
    }
    if (typed.size() <= maxTerms) {
      return new Selection(Set.of(), false, MAX_REPEATS);
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (var word : typed.entrySet()) {
      int counted = Math.min(MAX_REPEATS, word.getValue());
      weights.put(word.getKey(), counted * idf(word.getKey(), schema, reader));
    }
    List<String> ranked = new ArrayList<>(weights.keySet());
    ranked.sort(Comparator.comparingDouble(weights::get).reversed());
    Set<String> leftOut = new HashSet<>(ranked.subList(maxTerms, ranked.size()));
    boolean informative = leftOut.stream().anyMatch(word -> weights.get(word) > 0);
    return new Selection(Set.copyOf(leftOut), informative, MAX_REPEATS);
  }

  /** The highest inverse document frequency of the word's analysed terms in any language. */
  private static double idf(String word, IndexSchema schema, IndexReader reader)
      throws IOException {
    double best = 0;
    int records = Math.max(1, reader.numDocs());
    for (String analyzer : schema.configuration().languageAnalyzers()) {
      String field = IndexSchema.anyText(analyzer);
      for (String term : terms(schema, field, word)) {
        int found = reader.docFreq(new Term(field, term));
        if (found > 0) {
          best = Math.max(best, Math.log(1 + (records - found + 0.5) / (found + 0.5)));
        }
      }
    }
    return best;
  }

  private static List<String> terms(IndexSchema schema, String field, String word)
      throws IOException {
    List<String> terms = new ArrayList<>();
    try (var stream = schema.queryAnalyzer().tokenStream(field, word)) {
      var term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }
}
