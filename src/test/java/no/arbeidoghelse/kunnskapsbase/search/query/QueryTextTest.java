package no.arbeidoghelse.kunnskapsbase.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
        QueryText.prepare(typed, 500, java.util.Set.of("the", "of", "on"), false));
    assertEquals(
        "a b \"a\" -a", QueryText.prepare("a b a \"a\" b NOT a a", 500, java.util.Set.of(), true));
  }

  @org.junit.jupiter.api.Test
  void wordsLeaveOperatorsOut() {
    assertEquals(
        List.of("sykefravær", "ung", "ips"), QueryText.words("\"sykefravær\" -ung OR (ips*)"));
  }
}
