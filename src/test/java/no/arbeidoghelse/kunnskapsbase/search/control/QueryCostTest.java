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

/**
 * What one search may cost: the words of a long query, expansion of ~ and * words, phrase slop, and
 * the time budget.
 */
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
      many.add(
          fixture
              .record("many-" + i)
              .title("Mange poster om inkludering " + i + " del" + i % 100)
              .build());
    }
    fixture.index.update(many, List.of());
    fixture.index.refresh();
  }

  @AfterAll
  void close() throws IOException {
    fixture.close();
  }

  @Test
  void aLongQueryKeepsItsMostTellingWordsWhereverTheyStand() throws IOException {
    var limits = SearchFixture.SCHEMA.configuration().query();
    // more words no record has than a search reads, then the one word that matters
    var filler = new StringBuilder();
    for (int i = 0; i < limits.maxTerms() + 10; i++) {
      filler.append("ukjentord").append(i).append(' ');
    }
    var result = fixture.search(filler + "og i på sykefravær");
    assertEquals(List.of("leave"), result.hits().stream().map(SearchRequest.Hit::id).toList());
    // what was left out found nothing anyway: nothing to tell
    assertNull(result.queryNotice());
  }

  @Test
  void aLongQueryThatLeavesOutWordsThatCountSaysSo() throws IOException {
    var limits = SearchFixture.SCHEMA.configuration().query();
    // words that ten records each have, then words that one record each has
    var words = new StringBuilder();
    for (int i = 0; i < limits.maxTerms(); i++) {
      words.append("del").append(i).append(' ');
    }
    var result = fixture.search(words + "plomvi gestra trindu kvarme");
    // the rare words are kept although they come last
    var ids = result.hits().stream().map(SearchRequest.Hit::id).toList();
    assertTrue(ids.containsAll(List.of("p", "g", "t", "k")), ids.toString());
    assertEquals(notice(QueryNotice.WORDS_LEFT_OUT), result.queryNotice());
  }

  @Test
  void textBeyondTheLengthLimitIsCutAndTheSearcherTold() throws IOException {
    var limits = SearchFixture.SCHEMA.configuration().query();
    var result = fixture.search("sykefravær " + "x".repeat(limits.maxLength()));
    assertEquals(List.of("leave"), result.hits().stream().map(SearchRequest.Hit::id).toList());
    assertEquals(notice(QueryNotice.TEXT_CUT), result.queryNotice());
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
