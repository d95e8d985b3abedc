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
    assertEquals(expected, QueryText.prepare(typed, 500, 32));
  }

  @org.junit.jupiter.api.Test
  void longTextIsCut() {
    assertEquals(3, QueryText.prepare("a b c d e", 500, 3).split(" ").length);
    assertEquals(10, QueryText.prepare("x".repeat(50), 10, 32).length());
  }

  @org.junit.jupiter.api.Test
  void wordsLeaveOperatorsOut() {
    assertEquals(
        List.of("sykefravær", "ung", "ips"), QueryText.words("\"sykefravær\" -ung OR (ips*)"));
  }
}
