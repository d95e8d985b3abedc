package no.arbeidoghelse.kunnskapsbase.search.hits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.search.control.SearchFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HitsTest {

  @Test
  void collapsesEachRunOfWhitespaceAsTheRegularExpressionDoes() {
    for (String text :
        List.of(
            "",
            "ett",
            "to  ord",
            " \t\nfør og etter \r\n",
            "linje\nlinje\u000Blinje\fside",
            "a \t \n b",
            "ingen\u00A0hardt mellomrom")) {
      assertEquals(text.replaceAll("\\s+", " "), Hits.collapsedWhitespace(text), text);
    }
  }

  @Test
  void escapesMarkupCharacters() {
    assertEquals(
        "&lt;b&gt; &amp; &quot;x&quot; &#x27;y&#x27; a&#x2F;b", Hits.escape("<b> & \"x\" 'y' a/b"));
  }

  /** A hit shows the passage that matched, also from results and lessons (the details). */
  @Test
  void aMatchInTheDetailsGivesTheSnippet(@TempDir Path directory) throws IOException {
    try (var fixture = new SearchFixture(directory)) {
      fixture
          .record("r1")
          .title("Erfaringer fra Nav-kontoret")
          .summary("Et samarbeid mellom kontor og helsetjeneste.")
          .details("Flere deltakere kom i arbeid etter jobbspesialistens oppfølging.")
          .add();
      var hit = fixture.search("jobbspesialist").hits().get(0);
      assertTrue(hit.snippet().contains("<mark>"), hit.snippet());
      assertTrue(hit.snippet().contains("deltakere"), hit.snippet());
    }
  }
}
