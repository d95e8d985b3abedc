package no.arbeidoghelse.kunnskapsbase.vocabulary.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.platform.domain.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocabularyTermsTest {

  @Test
  void termsAreStoredTidy() {
    var checked =
        VocabularyTerms.check(
            List.of("  ARR ", "arbeidsrettet\t rehabilitering", "A/S & co.", "e\u0301"));
    assertEquals(List.of(), checked.errors());
    assertEquals(
        List.of("ARR", "arbeidsrettet rehabilitering", "A/S & co.", "\u00e9"), checked.terms());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a sign of the synonym format | IA;a => b | terms[1] | may hold letters",
        "a comma | IA;a, b | terms[1] | may hold letters",
        "a query sign | IA;\"ia\" | terms[1] | may hold letters",
        "signs only | IA;- / - | terms[1] | at least one letter",
        "the same term twice | IA;ia | terms[1] | listed twice",
        "an empty term | IA;  | terms[1] | must not be empty",
        "one term | IA | terms | from 2 to 20",
        "too many words | IA;a b c d e f g h i | terms[1] | at most 8 words",
      })
  void badTermsAreNamed(String name, String given, String field, String message) {
    List<String> terms = Arrays.asList(given.split(";", -1));
    var errors = VocabularyTerms.check(terms).errors();
    assertTrue(
        errors.stream().anyMatch(e -> e.field().equals(field) && e.message().contains(message)),
        () -> errors.toString());
  }

  @Test
  void limits() {
    String longTerm = "x".repeat(VocabularyTerms.MAX_LENGTH + 1);
    assertEquals(
        List.of(new FieldError("terms[1]", "must be at most 100 characters")),
        VocabularyTerms.check(List.of("IA", longTerm)).errors());
    var many = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "term" + i).toList();
    assertEquals("terms", VocabularyTerms.check(many).errors().get(0).field());
    assertEquals("terms", VocabularyTerms.check(null).errors().get(0).field());
  }
}
