package no.arbeidoghelse.kunnskapsbase.search.schema;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Keeps the Norwegian light stemmer from turning a word into a stop word: "varer" (goods) would
 * become "var" and "kanne" "kan", which are not indexed, so the word would vanish from both the
 * index and the query. Such words are marked as keywords (left unstemmed). Stands after the stop
 * filter and before the stemmer; {@code words} is the stop word file, {@code variant} the stemmer's
 * ({@code nb}, {@code nn} or {@code no} for both). Named in {@code search.json}.
 */
public final class StemGuardFilterFactory extends TokenFilterFactory
    implements ResourceLoaderAware {

  // the flags of NorwegianLightStemmer, which is not public
  private static final int BOKMAAL = 1;
  private static final int NYNORSK = 2;

  private final String words;
  private final int flags;
  private CharArraySet stopWords;

  public StemGuardFilterFactory(Map<String, String> args) {
    super(args);
    words = require(args, "words");
    flags =
        switch (get(args, "variant", "no")) {
          case "nb" -> BOKMAAL;
          case "nn" -> NYNORSK;
          case "no" -> BOKMAAL | NYNORSK;
          default -> throw new IllegalArgumentException("variant must be nb, nn or no");
        };
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters: " + args.keySet());
    }
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    stopWords = getWordSet(loader, words, true);
  }

  @Override
  public TokenStream create(TokenStream input) {
    var word = new OneWord();
    var stem = new NorwegianLightStemFilter(word, flags);
    var stemmed = stem.getAttribute(CharTermAttribute.class);
    return new TokenFilter(input) {
      private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
      private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

      @Override
      public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
          return false;
        }
        if (!keyword.isKeyword()) {
          word.set(term);
          stem.reset();
          stem.incrementToken();
          if (stemmed.length() < term.length()
              && stopWords.contains(stemmed.buffer(), 0, stemmed.length())) {
            keyword.setKeyword(true);
          }
          stem.end();
          stem.close();
        }
        return true;
      }
    };
  }

  /** A tokenizer that gives one word: the stemmer's input, to see what it would make of it. */
  private static final class OneWord extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder word = new StringBuilder();
    private boolean given;

    void set(CharSequence text) {
      word.setLength(0);
      word.append(text);
      setReader(new java.io.StringReader(""));
    }

    @Override
    public boolean incrementToken() {
      if (given) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(word);
      given = true;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      given = false;
    }
  }
}
