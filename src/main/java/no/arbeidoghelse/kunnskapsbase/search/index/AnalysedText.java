package no.arbeidoghelse.kunnskapsbase.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text analysed once and indexed twice: in its own field and in the record's catch-all text field
 * of the same analyzer. Analysis (compound splitting above all) is most of what indexing costs, so
 * the catch-all field replays the tokens instead of reading the text again.
 */
final class AnalysedText {

  private final List<String> terms = new ArrayList<>();
  private int[] increments = new int[16];
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int finalOffset;

  private AnalysedText() {}

  static AnalysedText of(Analyzer analyzer, String field, String text) throws IOException {
    var analysed = new AnalysedText();
    try (var stream = analyzer.tokenStream(field, text)) {
      var term = stream.addAttribute(CharTermAttribute.class);
      var increment = stream.addAttribute(PositionIncrementAttribute.class);
      var offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        analysed.add(
            term.toString(),
            increment.getPositionIncrement(),
            offset.startOffset(),
            offset.endOffset());
      }
      stream.end();
      analysed.finalOffset = offset.endOffset();
    }
    return analysed;
  }

  private void add(String term, int increment, int start, int end) {
    int i = terms.size();
    if (i == increments.length) {
      increments = Arrays.copyOf(increments, i * 2);
      starts = Arrays.copyOf(starts, i * 2);
      ends = Arrays.copyOf(ends, i * 2);
    }
    terms.add(term);
    increments[i] = increment;
    starts[i] = start;
    ends[i] = end;
  }

  /** The tokens as the analyzer gave them, offsets included (for snippets). */
  TokenStream tokens() {
    return new Replay(List.of(this), 0);
  }

  /**
   * The tokens of several texts one after the other, {@code gap} positions apart so that a phrase
   * does not match across two texts.
   */
  static TokenStream joined(List<AnalysedText> texts, int gap) {
    return new Replay(texts, gap);
  }

  private static final class Replay extends TokenStream {
    private final List<AnalysedText> texts;
    private final int gap;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private int text;
    private int token;
    private int base;
    private boolean pendingGap;

    Replay(List<AnalysedText> texts, int gap) {
      this.texts = texts;
      this.gap = gap;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      text = 0;
      token = 0;
      base = 0;
      pendingGap = false;
    }

    @Override
    public boolean incrementToken() {
      while (text < texts.size() && token == texts.get(text).terms.size()) {
        base += texts.get(text).finalOffset + 1;
        pendingGap = pendingGap || token > 0;
        text++;
        token = 0;
      }
      if (text == texts.size()) {
        return false;
      }
      clearAttributes();
      AnalysedText current = texts.get(text);
      term.setEmpty().append(current.terms.get(token));
      increment.setPositionIncrement(current.increments[token] + (pendingGap ? gap : 0));
      offset.setOffset(base + current.starts[token], base + current.ends[token]);
      pendingGap = false;
      token++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      int length = 0;
      for (AnalysedText t : texts) {
        length += t.finalOffset + 1;
      }
      int last = Math.max(0, length - 1);
      offset.setOffset(last, last);
    }
  }
}
