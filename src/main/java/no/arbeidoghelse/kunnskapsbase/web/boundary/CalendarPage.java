package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.event.boundary.EventKind;
import no.arbeidoghelse.kunnskapsbase.event.boundary.EventOperations;

/** The events: upcoming ones and the archive, with the calendar to subscribe to. */
@WebServlet(urlPatterns = "/arrangementer")
public class CalendarPage extends Page {

  /** An event in the list. */
  public record Entry(String url, String title, String series, String when, String place) {}

  @Inject EventOperations events;
  @Inject EventKind eventKind;
  @Inject WebPaths paths;

  @Override
  protected View view(Visit visit) {
    return new View(
        "calendar",
        visit.text("calendar.title"),
        Map.of(
            "upcoming", entries(events.upcoming(), visit),
            "archive", entries(events.archive(), visit),
            "calendarUrl", "/api/v1/calendar"));
  }

  private List<Entry> entries(List<EventOperations.Listing> listing, Visit visit) {
    var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(visit.locale());
    boolean english = visit.lang().equals("en");
    return listing.stream()
        .map(
            e ->
                new Entry(
                    paths.item(eventKind.key(), e.id()),
                    english && e.titleEn() != null ? e.titleEn() : e.title(),
                    e.seriesName(),
                    e.startDate().equals(e.endDate())
                        ? format.format(e.startDate())
                        : format.format(e.startDate()) + " – " + format.format(e.endDate()),
                    e.place()))
        .toList();
  }
}
