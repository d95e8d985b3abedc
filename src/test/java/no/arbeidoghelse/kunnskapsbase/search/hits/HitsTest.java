package no.arbeidoghelse.kunnskapsbase.search.hits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
