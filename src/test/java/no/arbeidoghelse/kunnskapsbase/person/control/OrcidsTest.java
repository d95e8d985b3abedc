package no.arbeidoghelse.kunnskapsbase.person.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrcidsTest {

  @ParameterizedTest
  @CsvSource({
    "0000-0002-1825-0097,true",
    "0000-0001-5109-3700,true",
    "0000-0002-1694-233X,true",
    "0000-0002-1825-0098,false",
    "0000-0002-1825-009,false",
    "0000000218250097,false"
  })
  void checkCharacter(String orcid, boolean valid) {
    assertEquals(valid, Orcids.isValid(orcid));
  }
}
