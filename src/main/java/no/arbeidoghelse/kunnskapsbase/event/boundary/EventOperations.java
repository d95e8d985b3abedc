package no.arbeidoghelse.kunnskapsbase.event.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.arbeidoghelse.kunnskapsbase.event.control.Attendance;
import no.arbeidoghelse.kunnskapsbase.event.control.EventRegistrations;
import no.arbeidoghelse.kunnskapsbase.event.control.ICalendar;
import no.arbeidoghelse.kunnskapsbase.event.entity.Event;
import no.arbeidoghelse.kunnskapsbase.event.entity.EventSession;
import no.arbeidoghelse.kunnskapsbase.event.entity.Registration;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemService;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.RequestValidation;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Sign-ups, attendance and calendars of events, each call one transaction. */
@ApplicationScoped
@Transactional
public class EventOperations {

  /** How long past events stay in the calendar feed. */
  static final int CALENDAR_PAST_DAYS = 365;

  @Inject EventRegistrations registrations;
  @Inject EventKind kind;
  @Inject ItemService items;
  @Inject Taxonomy taxonomy;
  @Inject Validator validator;
  @PersistenceContext EntityManager em;

  public RegistrationJson register(String eventId, RegistrationJson json, Caller caller) {
    if (json == null) {
      throw ApiException.badRequest(
          "Send {\"name\": \"...\", \"email\": \"...\", \"organisation\": \"...\", \"sector\":"
              + " \"health\", \"role\": \"...\"}.");
    }
    RequestValidation.requireValid(validator, json);
    if (json.sector() != null) {
      var unknown = taxonomy.unknownKeys(TaxonomyScheme.SECTOR, List.of(json.sector()));
      if (!unknown.isEmpty()) {
        throw ApiException.invalid(unknown);
      }
    }
    var signedUp =
        registrations.register(
            eventId,
            new Registration.Participant(
                json.name(),
                json.email(),
                blankToNull(json.organisation()),
                json.sector(),
                json.organisationKind(),
                blankToNull(json.role())),
            caller);
    return toJson(signedUp.registration(), signedUp.cancelToken());
  }

  /** The registration a cancel link belongs to (the person may check it). */
  public RegistrationJson registration(String token) {
    return toJson(registrations.byToken(token), null);
  }

  public void cancel(String token) {
    registrations.cancel(token);
  }

  public List<RegistrationJson> participants(String eventId, Caller caller) {
    return registrations.participants(eventId, caller).stream().map(r -> toJson(r, null)).toList();
  }

  /** The participants as CSV (RFC 4180), one row each, for the organisers' spreadsheets. */
  public String participantsCsv(String eventId, Caller caller) {
    var out = new StringWriter();
    try (var csv =
        new CSVPrinter(
            out,
            CSVFormat.RFC4180
                .builder()
                .setHeader(
                    "name",
                    "email",
                    "organisation",
                    "sector",
                    "organisationKind",
                    "role",
                    "status",
                    "registeredAt")
                .get())) {
      for (Registration r : registrations.participants(eventId, caller)) {
        csv.printRecord(
            cell(r.name()),
            cell(r.email()),
            cell(r.organisation()),
            cell(r.sector()),
            cell(r.organisationKind()),
            cell(r.role()),
            r.status().key(),
            r.registeredAt().toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * A cell a spreadsheet shows as text: one that begins like a formula gets a leading apostrophe
   * (OWASP's advice against CSV injection; the sign-up form is anyone's to fill in).
   */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  public Attendance attendance(String eventId, Caller caller) {
    return registrations.attendance(eventId, caller);
  }

  /** One event as a calendar. */
  public String calendar(String eventId, Caller caller, String origin) {
    Event event = items.findVisible(Event.class, eventId, caller);
    return ICalendar.of(event.title(), List.of(entry(event, origin)), items.now());
  }

  /** The published events from a year back on: the calendar to subscribe to. */
  public String calendar(String origin) {
    LocalDate since = registrations.today().minusDays(CALENDAR_PAST_DAYS);
    List<ICalendar.Entry> entries = new ArrayList<>();
    em.createQuery(
            "SELECT e FROM Event e WHERE e.state = :published AND e.endDate >= :since"
                + " ORDER BY e.startDate, e.id",
            Event.class)
        .setParameter("published", ItemState.PUBLISHED)
        .setParameter("since", since)
        .getResultList()
        .forEach(event -> entries.add(entry(event, origin)));
    return ICalendar.of("Kunnskapsbasen for arbeid og helse", entries, items.now());
  }

  /** A published event in a list (the calendar page). */
  public record Listing(
      String id,
      String title,
      String titleEn,
      String seriesName,
      LocalDate startDate,
      LocalDate endDate,
      String place) {}

  /** Published events that have not ended, the soonest first. */
  public List<Listing> upcoming() {
    return listing("e.endDate >= :today ORDER BY e.startDate, e.id");
  }

  /** Published events that have ended, the latest first. */
  public List<Listing> archive() {
    return listing("e.endDate < :today ORDER BY e.startDate DESC, e.id");
  }

  private List<Listing> listing(String condition) {
    return em
        .createQuery(
            "SELECT e FROM Event e WHERE e.state = :published AND " + condition, Event.class)
        .setParameter("published", ItemState.PUBLISHED)
        .setParameter("today", registrations.today())
        .getResultList()
        .stream()
        .map(
            e ->
                new Listing(
                    e.id(),
                    e.title(),
                    e.titleEn(),
                    e.seriesName(),
                    e.startDate(),
                    e.endDate(),
                    e.place() != null ? e.place() : e.onlineUrl()))
        .toList();
  }

  public int deletePersonalData(int retentionDays) {
    return registrations.deletePersonalData(retentionDays);
  }

  private ICalendar.Entry entry(Event event, String origin) {
    String page = origin + "/" + kind.pageSegment() + "/" + event.id();
    return new ICalendar.Entry(
        event.id() + "@kunnskapsbasen",
        event.title(),
        description(event, page),
        event.startDate(),
        event.endDate(),
        event.place() != null ? event.place() : event.onlineUrl(),
        page,
        event.updatedAt(),
        event.isWithdrawn());
  }

  private static String description(Event event, String page) {
    List<String> parts = new ArrayList<>();
    if (event.summary() != null) {
      parts.add(event.summary());
    }
    if (!event.sessions().isEmpty()) {
      parts.add(
          event.sessions().stream()
              .map(EventOperations::sessionLine)
              .collect(Collectors.joining("\n")));
    }
    parts.add(page);
    return String.join("\n\n", parts);
  }

  private static String sessionLine(EventSession session) {
    return session.start().toLocalDate()
        + " "
        + session.start().toLocalTime()
        + (session.end() == null ? "" : "–" + session.end().toLocalTime())
        + " "
        + session.title();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static RegistrationJson toJson(Registration r, String cancelToken) {
    return new RegistrationJson(
        r.id(),
        r.eventId(),
        r.name(),
        r.email(),
        r.organisation(),
        r.sector(),
        r.organisationKind(),
        r.role(),
        r.status().key(),
        cancelToken,
        cancelToken == null ? null : "/api/v1/registrations/" + cancelToken,
        r.registeredAt());
  }
}
