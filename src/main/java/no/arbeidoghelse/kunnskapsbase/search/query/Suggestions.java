package no.arbeidoghelse.kunnskapsbase.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.search.index.SearchIndex;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexSchema;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Completions for what a person is typing: the words of published records that start with the last
 * word typed (most used first), then titles of published records that contain the words.
 */
public final class Suggestions {

  private static final int MAX_INPUT = 100;
  private static final int CANDIDATE_WORDS = 500;

  private final SearchIndex index;
  private final IndexSchema schema;

  public Suggestions(SearchIndex index, IndexSchema schema) {
    this.index = index;
    this.schema = schema;
  }

  public List<String> suggest(String input) throws IOException {
    String text = input.length() > MAX_INPUT ? input.substring(0, MAX_INPUT) : input;
    List<String> words = words(text);
    if (words.isEmpty()) {
      return List.of();
    }
    int max = schema.configuration().query().suggestions();
    boolean lastIsPrefix = !Character.isWhitespace(text.charAt(text.length() - 1));
    SearchIndex.Snapshot snapshot = index.acquire();
    try {
      IndexSearcher searcher = snapshot.searcher();
      Set<String> suggestions = new LinkedHashSet<>();
      String last = words.get(words.size() - 1);
      if (lastIsPrefix) {
        String start = String.join(" ", words.subList(0, words.size() - 1));
        for (String word : completions(searcher, last, max / 2)) {
          suggestions.add(start.isEmpty() ? word : start + " " + word);
        }
      }
      for (String title : titles(searcher, words, lastIsPrefix, max)) {
        if (suggestions.size() >= max) {
          break;
        }
        suggestions.add(title);
      }
      return List.copyOf(suggestions);
    } finally {
      index.release(snapshot);
    }
  }

  private List<String> words(String text) {
    List<String> words = new ArrayList<>();
    var analyzer = schema.indexAnalyzer();
    try (var stream = analyzer.tokenStream(IndexSchema.TITLE_WORDS, text)) {
      var term =
          stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return words;
  }

  /** Words starting with the prefix, most frequent first. */
  private static List<String> completions(IndexSearcher searcher, String prefix, int max)
      throws IOException {
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), IndexSchema.SPELL);
    if (terms == null || prefix.length() < 2) {
      return List.of();
    }
    record Candidate(String word, int documents) {}
    List<Candidate> candidates = new ArrayList<>();
    TermsEnum iterator = terms.iterator();
    BytesRef start = new BytesRef(prefix.toLowerCase(Locale.ROOT));
    if (iterator.seekCeil(start) == TermsEnum.SeekStatus.END) {
      return List.of();
    }
    for (BytesRef term = iterator.term();
        term != null && candidates.size() < CANDIDATE_WORDS;
        term = iterator.next()) {
      String word = term.utf8ToString();
      if (!word.startsWith(start.utf8ToString())) {
        break;
      }
      if (word.length() > prefix.length() && word.codePoints().allMatch(Character::isLetter)) {
        candidates.add(new Candidate(word, iterator.docFreq()));
      }
    }
    return candidates.stream()
        .sorted(java.util.Comparator.comparingInt(Candidate::documents).reversed())
        .limit(max)
        .map(Candidate::word)
        .toList();
  }

  private static List<String> titles(
      IndexSearcher searcher, List<String> words, boolean lastIsPrefix, int max)
      throws IOException {
    var query = new BooleanQuery.Builder();
    for (int i = 0; i < words.size(); i++) {
      Term term = new Term(IndexSchema.TITLE_WORDS, words.get(i));
      boolean prefix = lastIsPrefix && i == words.size() - 1;
      query.add(prefix ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
    }
    // Title words are indexed for published records only, so this shows nothing else.
    List<String> titles = new ArrayList<>();
    var stored = searcher.storedFields();
    for (ScoreDoc hit : searcher.search(query.build(), max).scoreDocs) {
      titles.add(stored.document(hit.doc, Set.of(IndexSchema.TITLE)).get(IndexSchema.TITLE));
    }
    return titles;
  }
}
