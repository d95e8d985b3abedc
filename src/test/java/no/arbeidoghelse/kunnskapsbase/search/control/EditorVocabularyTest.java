package no.arbeidoghelse.kunnskapsbase.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.search.entity.SearchRequest;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editors' vocabulary joins the query side of a schema; the index side stays as it was. */
class EditorVocabularyTest {

  @TempDir Path directory;

  private static List<String> ids(SearchFixture fixture, IndexSchema schema, String text)
      throws IOException {
    return new RecordSearch(fixture.index, schema)
        .search(SearchFixture.request(text, Map.of()), Caller.ANONYMOUS).hits().stream()
            .map(SearchRequest.Hit::id)
            .toList();
  }

  @Test
  void anEntryFindsWhatItsTermsFindInItsLanguageOnly() throws IOException {
    try (var fixture = new SearchFixture(directory)) {
      fixture.record("nb").title("Arbeidsdeltakelse ved øresus").add();
      fixture.record("en").language("en").title("Return to work after occupational burnout").add();
      var packed = SearchFixture.SCHEMA;
      assertEquals(List.of(), ids(fixture, packed, "Tinnitus"));
      assertEquals(List.of(), ids(fixture, packed, "exhaustion disorder"));

      var edited =
          packed.withVocabulary(
              Map.of(
                  "norwegian", "tinnitus, øresus\n",
                  "english", "exhaustion disorder, occupational burnout\n"));
      assertEquals(List.of("nb"), ids(fixture, edited, "Tinnitus"));
      assertEquals(List.of("en"), ids(fixture, edited, "exhaustion disorder"));
      assertTrue(
          edited.configuration().multiWordTerms().contains(List.of("exhaustion", "disorder")),
          "a multi-word term is found without quotes");

      var emptied = edited.withVocabulary(Map.of());
      assertEquals(List.of(), ids(fixture, emptied, "Tinnitus"));
      assertSame(packed.indexAnalyzer(), emptied.indexAnalyzer());
      assertEquals(packed.configuration().fingerprint(), emptied.configuration().fingerprint());
    }
  }
}
