package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.StringReader;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.event.boundary.EventJson;
import no.arbeidoghelse.kunnskapsbase.event.boundary.EventOperations;
import no.arbeidoghelse.kunnskapsbase.event.control.Attendance;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemJson;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;
import no.arbeidoghelse.kunnskapsbase.platform.rest.JsonbConfiguration;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;
import no.arbeidoghelse.kunnskapsbase.web.control.Labels;

/**
 * An event's page: its organisers, its programme (sessions with speakers and the records they
 * present), the calendar entry, attendance by sector and kind of organisation, and the sign-up form
 * while registration is open.
 */
@ApplicationScoped
class EventPageSection implements RecordPageSection {

  /** One session as shown. */
  record Session(
      String day,
      String time,
      String title,
      List<String> speakers,
      List<RecordNames.Named> presents) {}

  /** A role and who has it. */
  record Role(String role, RecordNames.Named organisation) {}

  /** A label and a count. */
  record Count(String label, long count) {}

  /** A choice in the sign-up form. */
  record Option(String key, String label) {}

  record Model(
      String eventId,
      List<Role> organisers,
      List<Session> sessions,
      String calendarUrl,
      Attendance attendance,
      List<Count> bySector,
      List<Count> byKind,
      List<Option> sectors,
      List<Option> organisationKinds,
      int retentionDays) {}

  @Inject EventOperations events;
  @Inject RecordNames names;
  @Inject Labels labels;
  @Inject Taxonomy taxonomy;

  @Override
  public String kind() {
    return "event";
  }

  @Override
  public String template() {
    return "event-section";
  }

  @Override
  public Object model(ItemJson record, Page.Visit visit) {
    EventJson event = (EventJson) record;
    var json =
        Json.createReader(new StringReader(JsonbConfiguration.jsonb().toJson(record))).readObject();
    Map<String, RecordNames.Named> linked = names.linked(record, json, visit.caller());
    List<Role> organisers = new ArrayList<>();
    List<String> ids = event.organiserIds == null ? List.of() : event.organiserIds;
    for (int i = 0; i < ids.size(); i++) {
      String role = visit.text(i == 0 ? "event.organiser" : "event.coOrganiser");
      names
          .organisationLink(ids.get(i), visit.caller())
          .ifPresent(o -> organisers.add(new Role(role, o)));
    }
    var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(visit.locale());
    List<Session> sessions = new ArrayList<>();
    for (var session : event.sessions == null ? List.<EventJson.SessionJson>of() : event.sessions) {
      List<String> speakers = new ArrayList<>();
      for (var speaker :
          session.speakers() == null ? List.<EventJson.SpeakerJson>of() : session.speakers()) {
        speakers.add(
            names
                .organisation(speaker.organisationId(), visit.caller())
                .map(o -> speaker.name() + " (" + o.name() + ")")
                .orElse(speaker.name()));
      }
      List<RecordNames.Named> presents =
          (session.itemIds() == null ? List.<String>of() : session.itemIds())
              .stream().map(linked::get).filter(java.util.Objects::nonNull).toList();
      sessions.add(
          new Session(
              day.format(session.start()),
              session.start().toLocalTime()
                  + (session.end() == null ? "" : "–" + session.end().toLocalTime()),
              session.title(),
              speakers,
              presents));
    }
    Attendance attendance = events.attendance(event.id, visit.caller());
    return new Model(
        event.id,
        organisers,
        sessions,
        "/api/v1/events/" + event.id + "/calendar",
        attendance,
        attendance.bySector().entrySet().stream()
            .map(e -> new Count(sectorLabel(e.getKey(), visit), e.getValue()))
            .toList(),
        attendance.byOrganisationKind().entrySet().stream()
            .map(e -> new Count(kindLabel(e.getKey(), visit), e.getValue()))
            .toList(),
        labels.terms(TaxonomyScheme.SECTOR, visit.locale()).stream()
            .map(t -> new Option(t.key(), t.label()))
            .toList(),
        taxonomy.valueKeys("organisationKinds").stream()
            .map(key -> new Option(key, visit.text("organisationKinds." + key)))
            .toList(),
        Settings.registrationRetentionDays());
  }

  private String sectorLabel(String key, Page.Visit visit) {
    return key.equals("unknown")
        ? visit.text("event.attendance.unknown")
        : labels.of(TaxonomyScheme.SECTOR, key, visit.locale());
  }

  private static String kindLabel(String key, Page.Visit visit) {
    return key.equals("unknown")
        ? visit.text("event.attendance.unknown")
        : visit.text("organisationKinds." + key);
  }
}
