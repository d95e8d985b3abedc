package no.arbeidoghelse.kunnskapsbase.event.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.event.boundary.EventJson.SessionJson;
import no.arbeidoghelse.kunnskapsbase.event.boundary.EventJson.SpeakerJson;
import no.arbeidoghelse.kunnskapsbase.event.entity.Event;
import no.arbeidoghelse.kunnskapsbase.event.entity.EventSession;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;
import no.arbeidoghelse.kunnskapsbase.platform.domain.FieldError;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.JsonbConfiguration;

/** Events as a kind of record: an occurrence with its programme. */
@ApplicationScoped
public class EventKind implements ItemMapper<Event, EventJson> {

  private static final Type SPEAKERS =
      new ArrayList<SpeakerJson>() {}.getClass().getGenericSuperclass();

  @Override
  public String collection() {
    return "events";
  }

  @Override
  public String pageSegment() {
    return "arrangementer";
  }

  @Override
  public String displayName() {
    return "event";
  }

  @Override
  public String relationField() {
    return "eventIds";
  }

  @Override
  public List<String> formFields() {
    return List.of(
        "seriesName", "startDate", "endDate", "place", "onlineUrl", "audience", "capacity");
  }

  @Override
  public List<String> pageFacts() {
    return List.of("seriesName", "startDate", "endDate", "place", "onlineUrl", "capacity");
  }

  @Override
  public List<String> pageTexts() {
    return List.of("audience");
  }

  @Override
  public String schemaOrgType(JsonObject record) {
    return "Event";
  }

  /** Dates, place (or the online address) and capacity, as schema.org's Event has them. */
  @Override
  public JsonObject schemaOrgProperties(JsonObject record) {
    var ld = jakarta.json.Json.createObjectBuilder();
    ld.add("startDate", record.getString("startDate"));
    ld.add("endDate", record.getString("endDate", record.getString("startDate")));
    boolean online = record.containsKey("onlineUrl");
    boolean inPerson = record.containsKey("place");
    ld.add(
        "eventAttendanceMode",
        "https://schema.org/"
            + (online && inPerson
                ? "MixedEventAttendanceMode"
                : online ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode"));
    var locations = jakarta.json.Json.createArrayBuilder();
    if (inPerson) {
      locations.add(
          jakarta.json.Json.createObjectBuilder()
              .add("@type", "Place")
              .add("name", record.getString("place"))
              .add("address", record.getString("place")));
    }
    if (online) {
      locations.add(
          jakarta.json.Json.createObjectBuilder()
              .add("@type", "VirtualLocation")
              .add("url", record.getString("onlineUrl")));
    }
    ld.add("location", locations);
    if (record.get("capacity") instanceof jakarta.json.JsonNumber capacity) {
      ld.add("maximumAttendeeCapacity", capacity.intValue());
    }
    return ld.build();
  }

  @Override
  public Class<Event> entityClass() {
    return Event.class;
  }

  @Override
  public Class<EventJson> jsonClass() {
    return EventJson.class;
  }

  @Override
  public Event newEntity(String id, String owner, ItemState state, Instant now) {
    return new Event(id, owner, state, now);
  }

  @Override
  public void apply(EventJson json, Event event) {
    LocalDate end = json.endDate == null ? json.startDate : json.endDate;
    List<FieldError> errors = new ArrayList<>();
    if (end.isBefore(json.startDate)) {
      errors.add(
          new FieldError("endDate", "must not be before startDate (" + json.startDate + ")"));
    }
    List<SessionJson> sessions = json.sessions == null ? List.of() : json.sessions;
    List<EventSession> programme = new ArrayList<>();
    Set<String> organisations = new LinkedHashSet<>();
    Set<String> people = new LinkedHashSet<>();
    for (int i = 0; i < sessions.size(); i++) {
      SessionJson session = sessions.get(i);
      String at = "sessions[" + i + "]";
      LocalDate day = session.start().toLocalDate();
      if (day.isBefore(json.startDate) || day.isAfter(end)) {
        errors.add(
            new FieldError(
                at + ".start", "must be within the event, " + json.startDate + " to " + end));
      }
      if (session.end() != null && session.end().isBefore(session.start())) {
        errors.add(new FieldError(at + ".end", "must not be before the session's start"));
      }
      List<SpeakerJson> speakers =
          session.speakers() == null
              ? List.of()
              : session.speakers().stream()
                  .map(
                      s ->
                          new SpeakerJson(
                              s.name().strip(), blank(s.personId()), blank(s.organisationId())))
                  .toList();
      speakers.stream()
          .map(SpeakerJson::organisationId)
          .filter(Objects::nonNull)
          .forEach(organisations::add);
      speakers.stream().map(SpeakerJson::personId).filter(Objects::nonNull).forEach(people::add);
      List<String> itemIds =
          session.itemIds() == null
              ? List.of()
              : session.itemIds().stream().map(String::strip).distinct().toList();
      programme.add(
          new EventSession(
              session.start(),
              session.end(),
              session.title().strip(),
              speakers.isEmpty() ? null : JsonbConfiguration.jsonb().toJson(speakers),
              speakers.stream().map(SpeakerJson::name).toList(),
              itemIds));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    event.schedule(
        blank(json.seriesName),
        json.startDate,
        end,
        blank(json.place),
        blank(json.onlineUrl),
        blank(json.audience),
        json.capacity);
    event.setOrganiserIds(
        json.organiserIds == null
            ? List.of()
            : json.organiserIds.stream().map(String::strip).distinct().toList());
    event.setSessions(programme, organisations, people);
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public EventJson toJson(Event event) {
    var json = new EventJson();
    json.seriesName = event.seriesName();
    json.startDate = event.startDate();
    json.endDate = event.endDate();
    json.place = event.place();
    json.onlineUrl = event.onlineUrl();
    json.audience = event.audience();
    json.capacity = event.capacity();
    json.organiserIds = List.copyOf(event.organiserIds());
    json.sessions =
        event.sessions().stream()
            .map(
                s ->
                    new SessionJson(
                        s.start(),
                        s.end(),
                        s.title(),
                        s.speakersJson() == null
                            ? List.of()
                            : JsonbConfiguration.jsonb()
                                .<List<SpeakerJson>>fromJson(s.speakersJson(), SPEAKERS),
                        s.itemIds()))
            .toList();
    return json;
  }
}
