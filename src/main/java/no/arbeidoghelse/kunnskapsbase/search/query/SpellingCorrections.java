package no.arbeidoghelse.kunnskapsbase.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.arbeidoghelse.kunnskapsbase.search.index.PerReader;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexSchema;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;

/**
 * Corrections for words that no published record contains: the closest word that one does. Finding
 * it means building and running an automaton of all words within two edits, which took a tenth of a
 * search's time; people repeat words, so the answers are remembered for as long as the index does
 * not change (at most {@link #MAX_WORDS} of them).
 */
public final class SpellingCorrections {

  private static final int MAX_WORDS = 10_000;

  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final PerReader<Map<String, Optional<String>>> remembered =
      new PerReader<>(reader -> new ConcurrentHashMap<>());

  /**
   * The correction of a lowercase word, or empty when records contain the word or nothing is close.
   */
  public Optional<String> of(IndexReader reader, String word) {
    var words = remembered.get(reader);
    if (words.size() >= MAX_WORDS) {
      words.clear();
    }
    return words.computeIfAbsent(word, w -> find(reader, w));
  }

  private Optional<String> find(IndexReader reader, String word) {
    try {
      var suggestions =
          checker.suggestSimilar(
              new Term(IndexSchema.SPELL, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      return suggestions.length == 0 ? Optional.empty() : Optional.of(suggestions[0].string);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
