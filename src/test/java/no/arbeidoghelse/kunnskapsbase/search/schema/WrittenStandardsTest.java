package no.arbeidoghelse.kunnskapsbase.search.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.search.control.SearchFixture;
import no.arbeidoghelse.kunnskapsbase.search.entity.TextField;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Norwegian analyzer reads Nynorsk and Bokmål alike: a word and its counterpart in the other
 * standard share an indexed term, in every inflected form, in compounds, and where the lemmas
 * differ; function words of both are not indexed; no word is stemmed onto one.
 */
class WrittenStandardsTest {

  private static final String FIELD = TextField.SUMMARY.field("norwegian");

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    // inflection
    "sjukdomane, sykdommene",
    "sjukdomen, sykdom",
    "tenestene, tjenesten",
    "tilsette, ansatte",
    // lemmas that differ
    "rettleiing, veiledning",
    "medverknad, medvirkningen",
    "handsaming, behandling",
    "arbeidsløysa, arbeidsløshet",
    // irregular forms of words both standards write alike as lemmas
    "fekk, fikk",
    "kjem, kommer",
    "skreiv, skrevet",
    "heldt, holdt",
    "tala, tallene",
  })
  void aWordMeetsItsCounterpart(String nynorsk, String bokmal) throws IOException {
    Set<String> shared = terms(SearchFixture.SCHEMA.indexAnalyzer(), nynorsk);
    shared.retainAll(terms(SearchFixture.SCHEMA.indexAnalyzer(), bokmal));
    assertFalse(shared.isEmpty(), nynorsk + " / " + bokmal);
  }

  /**
   * Compounds whose parts differ meet through their parts when the filter reads compounds ({@code
   * "compounds": "true"}; off in the packed configuration: it doubled the cost of analysis and
   * added a third more tokens, and searches slowed to a third).
   */
  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    "sjukefråvær, sykefravær",
    "sjukefråværsoppfølginga, sykefraværsoppfølging",
    "skuleelevane, skoleelevene",
    "helsetenester, helsetjenestene",
  })
  void aCompoundMeetsItsCounterpartByItsParts(String nynorsk, String bokmal) throws IOException {
    try (var analyzer =
        org.apache.lucene.analysis.custom.CustomAnalyzer.builder(
                java.nio.file.Path.of("index-config"))
            .withTokenizer("standard")
            .addTokenFilter("lowercase")
            .addTokenFilter(
                WrittenStandardsFilterFactory.class,
                "forms",
                "nynorsk-bokmal-forms.txt",
                "compounds",
                "true")
            .addTokenFilter("norwegianLightStem", "variant", "no")
            .build()) {
      Set<String> shared = terms(analyzer, nynorsk);
      shared.retainAll(terms(analyzer, bokmal));
      assertFalse(shared.isEmpty(), nynorsk + " / " + bokmal);
    }
  }

  /** A noun that is also another word's participle is read as the noun only. */
  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({"trygd, trygg", "trygd, trygghet", "trygda, støtte"})
  void aNounDoesNotMeetTheWordsItsFormsShare(String word, String other) throws IOException {
    Set<String> shared = terms(SearchFixture.SCHEMA.indexAnalyzer(), word);
    shared.retainAll(terms(SearchFixture.SCHEMA.indexAnalyzer(), other));
    assertEquals(Set.of(), shared, word + " / " + other);
  }

  /** The shortcut for words that need no analysis gives what the analysis gives, for every form. */
  @org.junit.jupiter.api.Test
  void everyFormOfTheTableIsReadAsTheAnalyzerReadsIt() throws IOException {
    try (var analyzer = new SynonymRuleAnalyzer()) {
      for (String line :
          java.nio.file.Files.readAllLines(
              java.nio.file.Path.of("index-config", "nynorsk-bokmal-forms.txt"))) {
        if (line.startsWith("#")) {
          continue;
        }
        for (String form : line.split("[\\t ]")) {
          String analysed;
          try (var stream = analyzer.tokenStream("", form)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            analysed = stream.incrementToken() ? term.toString() : null;
            analysed = stream.incrementToken() ? null : analysed;
            stream.end();
          }
          assertEquals(analysed, WrittenStandardsFilterFactory.normal(analyzer, form), form);
        }
      }
      assertEquals("år", WrittenStandardsFilterFactory.normal(analyzer, "aar"));
      assertEquals("søke", WrittenStandardsFilterFactory.normal(analyzer, "Soeke"));
    }
  }

  @ParameterizedTest
  @CsvSource({"ikkje", "korleis", "kvifor", "ein", "eit", "dei", "berre", "ikke", "hvordan"})
  void functionWordsAreNotIndexed(String word) throws IOException {
    assertEquals(Set.of(), terms(SearchFixture.SCHEMA.indexAnalyzer(), word));
  }

  @ParameterizedTest
  @CsvSource({"varer, varer", "vare, vare"})
  void noWordIsStemmedOntoAFunctionWord(String word, String indexed) throws IOException {
    var terms = terms(SearchFixture.SCHEMA.indexAnalyzer(), word);
    assertTrue(terms.contains(indexed), terms.toString());
  }

  private static Set<String> terms(org.apache.lucene.analysis.Analyzer analyzer, String text)
      throws IOException {
    Set<String> terms = new LinkedHashSet<>();
    try (var stream = analyzer.tokenStream(FIELD, text)) {
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
