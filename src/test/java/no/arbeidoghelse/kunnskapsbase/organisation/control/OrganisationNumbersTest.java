package no.arbeidoghelse.kunnskapsbase.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationNumbersTest {

  @ParameterizedTest
  @CsvSource({
    "123456785,true",
    "123456788,false",
    "12345678,false",
    "1234567850,false",
    "12345678a,false",
    "000000000,true"
  })
  void checkDigit(String number, boolean valid) {
    assertEquals(valid, OrganisationNumbers.isValid(number));
  }
}
