package no.arbeidoghelse.kunnskapsbase.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.search.entity.IndexedRecord;
import no.arbeidoghelse.kunnskapsbase.search.entity.SearchRequest;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexConfiguration.QueryNotice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** What one search may cost: expansion of ~ and * words, phrase slop, and the time budget. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryCostTest {

  @TempDir static Path directory;
  private SearchFixture fixture;

  @BeforeAll
  void index() throws IOException {
    fixture = new SearchFixture(directory);
    fixture.record("work").title("Arbeidsinkludering i kommunen").add();
    fixture.record("health").title("Helsetjenester for ungdom").add();
    fixture.record("leave").title("Sykefravær blant lærere").add();
    fixture.record("anxiety").title("Angstlidelser og jobb").add();
    fixture.record("a").title("A er en bokstav").summary("Ord om a og b").add();
    fixture.record("k").title("kvarme").add();
    fixture.record("t").title("trindu").add();
    fixture.record("p").title("plomvi").add();
    fixture.record("g").title("gestra").add();
    // enough records in one segment that finding them takes more than one step of Lucene's
    // time-limited scoring (the first step always runs)
    List<IndexedRecord> many = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      many.add(fixture.record("many-" + i).title("Mange poster om inkludering " + i).build());
    }
    fixture.index.update(many, List.of());
    fixture.index.refresh();
  }

  @AfterAll
  void close() throws IOException {
    fixture.close();
  }

  @Test
  void fuzzyWordsThatScoreNothingDoNotBreakTheSearch() throws IOException {
    // five one-letter fuzzy words once gave every hit a score of 0 and the feedback NaN weights
    var result = fixture.search("a~ a~ a~ a~ a~");
    assertTrue(result.total() >= 0);
    fixture.search("bokstav~2 ord~2 om~2 og~2 a~2 b~2");
  }

  @Test
  void onlyTheFirstWordsWithATildeAreExpanded() throws IOException {
    var three = fixture.search("kvarmo~ trindo~ plomvo~");
    assertEquals(List.of("k", "p", "t"), sorted(three));
    assertNull(three.queryNotice());

    var four = fixture.search("kvarmo~ trindo~ plomvo~ gestro~");
    // the fourth is searched as typed, and as typed it matches nothing
    assertEquals(List.of("k", "p", "t"), sorted(four));
    assertEquals(notice(QueryNotice.EXPANSIONS_LIMITED), four.queryNotice());
  }

  @Test
  void shortWordsAreNotExpanded() throws IOException {
    // two letters before * would read most of the index's words
    assertEquals(List.of(), fixture.ids("ar*"));
    assertEquals(List.of("work"), fixture.ids("arbeidsinkl*"));
    // a 4-letter word allows one edit, not two
    assertEquals(List.of(), fixture.ids("jpbx~2"));
    assertEquals(List.of("anxiety"), fixture.ids("jobx~2"));
  }

  @Test
  void aSearchOutOfTimeAnswersWhatItHasAndSaysSo() throws IOException {
    var outOfTime = new RecordSearch(fixture.index, SearchFixture.SCHEMA, () -> () -> true);
    var result =
        outOfTime.search(SearchFixture.request("arbeidsinkludering", Map.of()), Caller.ANONYMOUS);
    System.out.println(
        "DEBUG " + result.total() + " " + result.queryNotice() + " " + result.hits().size());
    assertEquals(notice(QueryNotice.TIME_BUDGET_EXCEEDED), result.queryNotice());
  }

  private static String notice(QueryNotice notice) {
    return SearchFixture.SCHEMA.configuration().query().notice(notice, "nb");
  }

  private static List<String> sorted(SearchRequest.Result result) {
    return result.hits().stream().map(SearchRequest.Hit::id).sorted().toList();
  }
}
