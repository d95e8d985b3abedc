package no.arbeidoghelse.kunnskapsbase.search.hits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

  private static final String TEXT =
      "Sykefravær i Norge. Hva virker? «Tett oppfølging!» sier NAV.\nNy linje 2.5 prosent";

  @Test
  void breaksAfterSentencesAndLinesOnly() {
    var breaks = new SentenceBreaks();
    breaks.setText(TEXT);
    List<String> sentences = new ArrayList<>();
    for (int start = breaks.first(), end = breaks.next();
        end != BreakIterator.DONE;
        start = end, end = breaks.next()) {
      sentences.add(TEXT.substring(start, end));
    }
    assertEquals(
        List.of(
            "Sykefravær i Norge. ",
            "Hva virker? ",
            "«Tett oppfølging!» sier NAV.\n",
            "Ny linje 2.5 prosent"),
        sentences);
  }

  @Test
  void findsTheSentenceAroundAnOffset() {
    var breaks = new SentenceBreaks();
    breaks.setText(TEXT);
    int inside = TEXT.indexOf("virker");
    assertEquals(TEXT.indexOf("Hva"), breaks.preceding(inside));
    assertEquals(TEXT.indexOf("«"), breaks.following(inside));
    assertEquals(0, breaks.preceding(3));
    assertEquals(TEXT.length(), breaks.following(TEXT.indexOf("2.5")));
    assertEquals(BreakIterator.DONE, breaks.next());
    assertEquals(TEXT.indexOf("Ny"), breaks.previous());
  }
}
