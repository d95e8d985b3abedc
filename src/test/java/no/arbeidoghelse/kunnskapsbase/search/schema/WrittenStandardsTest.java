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
    // compounds whose parts differ
    "sjukefråvær, sykefravær",
    "sjukefråværsoppfølginga, sykefraværsoppfølging",
    "arbeidsgjevaren, arbeidsgiver",
    "helsetenester, helsetjenestene",
  })
  void aWordMeetsItsCounterpart(String nynorsk, String bokmal) throws IOException {
    Set<String> shared = terms(nynorsk);
    shared.retainAll(terms(bokmal));
    assertFalse(
        shared.isEmpty(), nynorsk + " " + terms(nynorsk) + " / " + bokmal + " " + terms(bokmal));
  }

  @ParameterizedTest
  @CsvSource({"ikkje", "korleis", "kvifor", "ein", "eit", "dei", "berre", "ikke", "hvordan"})
  void functionWordsAreNotIndexed(String word) throws IOException {
    assertEquals(Set.of(), terms(word));
  }

  @ParameterizedTest
  @CsvSource({"varer, varer", "vare, vare"})
  void noWordIsStemmedOntoAFunctionWord(String word, String indexed) throws IOException {
    assertTrue(terms(word).contains(indexed), terms(word).toString());
  }

  private static Set<String> terms(String text) throws IOException {
    Set<String> terms = new LinkedHashSet<>();
    try (var stream = SearchFixture.SCHEMA.indexAnalyzer().tokenStream(FIELD, text)) {
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
