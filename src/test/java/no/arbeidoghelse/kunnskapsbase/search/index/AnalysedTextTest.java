package no.arbeidoghelse.kunnskapsbase.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.search.control.SearchFixture;
import no.arbeidoghelse.kunnskapsbase.search.entity.TextField;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class AnalysedTextTest {

  private static final String FIELD = TextField.SUMMARY.field("norwegian");

  @Test
  void replaysExactlyWhatTheAnalyzerGave() throws IOException {
    String text = "Oppfølging av sykefravær i kommunene";
    var analyzer = SearchFixture.SCHEMA.indexAnalyzer();
    List<String> expected;
    try (var stream = analyzer.tokenStream(FIELD, text)) {
      expected = tokens(stream);
    }
    var analysed = AnalysedText.of(analyzer, FIELD, text);
    assertEquals(expected, tokens(analysed.tokens()));
    assertEquals(expected, tokens(analysed.tokens()), "a replay can be read again");
  }

  @Test
  void joinedTextsStandApartAndKeepOffsetsGrowing() throws IOException {
    var analyzer = SearchFixture.SCHEMA.indexAnalyzer();
    var first = AnalysedText.of(analyzer, FIELD, "arbeid");
    var second = AnalysedText.of(analyzer, FIELD, "trygd");
    List<String> tokens = tokens(AnalysedText.joined(List.of(first, second), 100));
    assertEquals(List.of("arbeid +1 @0-6", "trygd +101 @7-12"), tokens);
  }

  @Test
  void emptyTextsGiveNoTokensAndNoGap() throws IOException {
    var analyzer = SearchFixture.SCHEMA.indexAnalyzer();
    var empty = AnalysedText.of(analyzer, FIELD, "");
    var word = AnalysedText.of(analyzer, FIELD, "trygd");
    assertTrue(tokens(AnalysedText.joined(List.of(), 100)).isEmpty());
    assertEquals(List.of("trygd +1 @1-6"), tokens(AnalysedText.joined(List.of(empty, word), 100)));
  }

  /** Each token as "term +increment @start-end". */
  private static List<String> tokens(TokenStream stream) throws IOException {
    var term = stream.addAttribute(CharTermAttribute.class);
    var increment = stream.addAttribute(PositionIncrementAttribute.class);
    var offset = stream.addAttribute(OffsetAttribute.class);
    List<String> tokens = new ArrayList<>();
    stream.reset();
    while (stream.incrementToken()) {
      tokens.add(
          term
              + " +"
              + increment.getPositionIncrement()
              + " @"
              + offset.startOffset()
              + "-"
              + offset.endOffset());
    }
    stream.end();
    stream.close();
    return tokens;
  }
}
