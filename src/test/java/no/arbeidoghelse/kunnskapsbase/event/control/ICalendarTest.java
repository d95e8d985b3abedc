package no.arbeidoghelse.kunnskapsbase.event.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarTest {

  static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

  @Test
  void textIsEscapedAndControlCharactersGo() {
    assertEquals("a\\;b\\,c\\\\d\\ne", ICalendar.text("a;b,c\\d\ne"));
    assertEquals("ab", ICalendar.text("a\u0000b"));
  }

  @Test
  void linesAreFoldedAt75OctetsWithoutSplittingACharacter() {
    String title = "Åpen arena – arbeid og helse ".repeat(10);
    String calendar =
        ICalendar.of(
            "Kalender",
            List.of(
                new ICalendar.Entry(
                    "id@kb",
                    title,
                    null,
                    LocalDate.of(2027, 3, 10),
                    LocalDate.of(2027, 3, 11),
                    null,
                    null,
                    null,
                    false)),
            NOW);
    for (String line : calendar.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
    }
    String unfolded = calendar.replace("\r\n ", "");
    assertTrue(unfolded.contains("SUMMARY:" + ICalendar.text(title) + "\r\n"), unfolded);
    assertTrue(unfolded.contains("DTEND;VALUE=DATE:20270312\r\n"), "the day after the last day");
    assertTrue(calendar.endsWith("END:VCALENDAR\r\n"));
  }
}
