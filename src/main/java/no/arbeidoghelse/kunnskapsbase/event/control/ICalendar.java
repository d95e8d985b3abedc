package no.arbeidoghelse.kunnskapsbase.event.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Events as iCalendar (RFC 5545): one VEVENT per event, as whole days (an event's sessions are in
 * its description). Text is escaped (§3.3.11) and lines are folded at 75 octets without splitting a
 * character (§3.1); lines end in CRLF.
 */
public final class ICalendar {

  /** What a calendar entry says about one event. */
  public record Entry(
      String uid,
      String title,
      String description,
      LocalDate startDate,
      LocalDate endDate,
      String location,
      String url,
      Instant lastModified,
      boolean cancelled) {}

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final StringBuilder out = new StringBuilder();

  private ICalendar() {}

  /** A calendar named {@code name} holding the entries, stamped {@code now}. */
  public static String of(String name, List<Entry> entries, Instant now) {
    var calendar = new ICalendar();
    calendar.line("BEGIN:VCALENDAR");
    calendar.line("VERSION:2.0");
    calendar.line("PRODID:-//Kunnskapsbasen for arbeid og helse//Kunnskapsbasen//NO");
    calendar.line("CALSCALE:GREGORIAN");
    calendar.line("METHOD:PUBLISH");
    calendar.line("X-WR-CALNAME:" + text(name));
    for (Entry entry : entries) {
      calendar.event(entry, now);
    }
    calendar.line("END:VCALENDAR");
    return calendar.out.toString();
  }

  private void event(Entry entry, Instant now) {
    line("BEGIN:VEVENT");
    line("UID:" + text(entry.uid()));
    line("DTSTAMP:" + UTC.format(now));
    if (entry.lastModified() != null) {
      line("LAST-MODIFIED:" + UTC.format(entry.lastModified()));
    }
    line("DTSTART;VALUE=DATE:" + DATE.format(entry.startDate()));
    // DTEND of a whole-day event is the day after the last day (exclusive).
    line("DTEND;VALUE=DATE:" + DATE.format(entry.endDate().plusDays(1)));
    line("SUMMARY:" + text(entry.title()));
    if (entry.description() != null && !entry.description().isBlank()) {
      line("DESCRIPTION:" + text(entry.description()));
    }
    if (entry.location() != null) {
      line("LOCATION:" + text(entry.location()));
    }
    if (entry.url() != null) {
      line("URL:" + entry.url());
    }
    line("STATUS:" + (entry.cancelled() ? "CANCELLED" : "CONFIRMED"));
    line("TRANSP:TRANSPARENT");
    line("END:VEVENT");
  }

  /** TEXT escaping: backslash, semicolon, comma and line breaks; other control characters go. */
  static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
        .replaceAll("[\\p{Cntrl}&&[^\t]]", "");
  }

  /** Appends a content line, folded so no line is longer than 75 octets. */
  private void line(String content) {
    int octets = 0;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > 75) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append("\r\n");
  }
}
