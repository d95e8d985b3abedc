package no.arbeidoghelse.kunnskapsbase.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTextTest {

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = ';',
      value = {
        "sykefravær OR uføretrygd ; sykefravær | uføretrygd",
        "sykefravær AND ung ; sykefravær + ung",
        "sykefravær NOT ung ; sykefravær -ung",
        "sykefravær -ung ; sykefravær -ung",
        "hypertrophy - - stimulus ; hypertrophy stimulus",
        "renal – hypertrophy ; renal hypertrophy",
        "NOT ; ''",
        "sykefravær NOT ; sykefravær",
        "\"individuell jobbstøtte\" ips ; \"individuell jobbstøtte\" ips",
      })
  void operatorsBecomeTheParsersSyntax(String typed, String expected) {
    assertEquals(expected, QueryText.prepare(typed, 500));
  }

  @org.junit.jupiter.api.Test
  void textBeyondTheLimitIsCutAndSaidToBe() {
    assertEquals(10, QueryText.prepare("x".repeat(50), 10).length());
    assertEquals(true, QueryText.isCut("x".repeat(11), 10));
    assertEquals(false, QueryText.isCut("x".repeat(10), 10));
  }

  @org.junit.jupiter.api.Test
  void aLongQueryLeavesOutOnlyPlainWords() {
    String typed = "The effect, of \"the treatment\" on NOT the -the work* the~ (the) OR the.";
    assertEquals(List.of("the", "effect", "of", "on", "the"), QueryText.plainWords(typed, 500));
    assertEquals(
        "effect, \"the treatment\" -the -the work* the~ (the) |",
        QueryText.prepare(typed, 500, java.util.Set.of("the", "of", "on"), 9));
    // repeats count, up to a limit
    assertEquals(
        "a b a \"a\" b -a",
        QueryText.prepare("a b a \"a\" b NOT a a b a", 500, java.util.Set.of(), 2));
  }

  @org.junit.jupiter.api.Test
  void termsOfSeveralWordsAreQuotedSoThatTheirSynonymsApply() {
    var terms =
        List.of(
            List.of("arbeidsrettet", "rehabilitering", "for", "unge"),
            List.of("arbeidsrettet", "rehabilitering"),
            List.of("individuell", "jobbstøtte"));
    assertEquals(
        "\"arbeidsrettet rehabilitering\"~9999 og \"individuell jobbstøtte\"~9999 | ung",
        QueryText.prepare(
            "Arbeidsrettet rehabilitering og individuell jobbstøtte OR ung",
            500,
            Set.of(),
            9,
            terms));
    // only plain words: a word the person marked stays as typed
    assertEquals(
        "arbeidsrettet rehabilitering*",
        QueryText.prepare("arbeidsrettet rehabilitering*", 500, Set.of(), 9, terms));
  }

  @org.junit.jupiter.api.Test
  void wordsLeaveOperatorsOut() {
    assertEquals(
        List.of("sykefravær", "ung", "ips"), QueryText.words("\"sykefravær\" -ung OR (ips*)"));
  }
}
