package no.arbeidoghelse.kunnskapsbase.sample.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SampleContentTest {

  @Test
  void relativeDatesKeepASampleEventUpcoming() {
    LocalDate today = LocalDate.of(2026, 12, 6);
    assertEquals("2027-05-05", SampleContent.relativeDates("{today+150}", today));
    assertEquals("2027-05-05T09:30", SampleContent.relativeDates("{today+150}T09:30", today));
    assertEquals("Åpen arena 2027", SampleContent.relativeDates("Åpen arena {year+150}", today));
    assertEquals("Åpen arena {next}", SampleContent.relativeDates("Åpen arena {next}", today));
  }
}
