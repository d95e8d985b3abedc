package no.arbeidoghelse.kunnskapsbase.network;

import static no.arbeidoghelse.kunnskapsbase.testing.RunningApp.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import no.arbeidoghelse.kunnskapsbase.testing.ProblemAnswers;
import no.arbeidoghelse.kunnskapsbase.testing.RunningApp;
import no.arbeidoghelse.kunnskapsbase.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The competence network end to end against the packaged jar on MariaDB: organisations as actors
 * with their profiles, a network whose memberships begin and end (history kept), a programme, and
 * an event with a programme of sessions, a presentation found by search, sign-ups with a waiting
 * list under concurrent load, iCalendar read by an independent parser (ical4j), and participants'
 * personal data gone after the retention time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompetenceNetworkIT {

  static final String EDITOR = "edith:edith-passord-123";
  static final String RESEARCHER = "rita:rita-passord-123";
  static final String PRESENTATION_WORD = "arbeidsinkluderingsmodellen";
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

  static TestDatabase database;
  static RunningApp app;
  static String hospital;
  static String navOffice;
  static String university;
  static String network;
  static String event;
  static String programme;

  @BeforeAll
  static void start() throws Exception {
    database = TestDatabase.mariaDb();
    app = RunningApp.onMariaDb("competence", database).start();
    app.createUser(EDITOR, "editor");
    app.createUser(RESEARCHER, "researcher");
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    if (database != null) {
      database.close();
    }
  }

  static JsonObject body(HttpResponse<String> response) {
    return parse(response).asJsonObject();
  }

  static HttpResponse<String> expect(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response::body);
    if (status >= 400) {
      assertTrue(ProblemAnswers.isProblem(response), response::toString);
    }
    return response;
  }

  static String create(String collection, String json) throws Exception {
    return body(expect(201, app.json("POST", "/api/v1/" + collection, json, EDITOR)))
        .getString("id");
  }

  static List<String> ids(JsonArray entries) {
    return entries.stream().map(v -> v.asJsonObject().getString("id")).toList();
  }

  @Test
  @Order(1)
  void organisationsAreActorsWithKindRegionAndSectors() throws Exception {
    hospital =
        create(
            "organisations",
            """
            {"name": "Sunnaas sykehus", "type": "hospital", "kind": "health-trust",
             "region": "akershus", "sectors": ["health"], "levelsOfCare": ["specialist-care"]}""");
    navOffice =
        create(
            "organisations",
            """
            {"name": "Nav Grünerløkka", "type": "nav", "kind": "nav-unit", "region": "oslo",
             "sectors": ["labour-welfare"]}""");
    university =
        create(
            "organisations",
            """
            {"name": "Karolinska institutet", "type": "university", "kind": "research-institution",
             "country": "SE"}""");
    JsonObject organisations = awaitSearch("/api/v1/search?type=organisation&q=sunnaas", hospital);
    assertEquals(
        "organisation", organisations.getJsonArray("hits").getJsonObject(0).getString("type"));
    assertEquals(
        "/api/v1/organisations/" + hospital,
        organisations.getJsonArray("hits").getJsonObject(0).getString("url"));
    JsonObject nav = body(expect(200, app.get("/api/v1/organisations/" + navOffice)));
    assertEquals("nav-unit", nav.getString("kind"));
    assertEquals("NO", nav.getString("country"), "a Norwegian region implies Norway");
    assertEquals(List.of("labour-welfare"), strings(nav.getJsonArray("sectors")));

    expect(
        400,
        app.json(
            "POST",
            "/api/v1/organisations",
            "{\"name\": \"X\", \"type\": \"nav\", \"kind\": \"ministry\"}",
            EDITOR));
    expect(
        400,
        app.json(
            "POST",
            "/api/v1/organisations",
            "{\"name\": \"X\", \"type\": \"nav\", \"sectors\": [\"space\"]}",
            EDITOR));
  }

  @Test
  @Order(2)
  void aNetworkKeepsItsMembershipHistory() throws Exception {
    network =
        create(
            "networks",
            """
            {"name": "Kjernenettverket", "summary": "Institusjoner med arbeidsrettet rehabilitering",
             "since": 2012, "coordinatorId": "%s"}"""
                .formatted(hospital));
    String coreGroup =
        create(
            "networks", "{\"name\": \"Kjernegruppen\", \"parentId\": \"%s\"}".formatted(network));
    JsonObject parent = body(expect(200, app.get("/api/v1/networks/" + network)));
    assertEquals(List.of(coreGroup), strings(parent.getJsonArray("networkIds")));
    assertEquals("Kjernenettverket", parent.getString("name"));

    String members = "/api/v1/networks/" + network + "/members";
    JsonObject nav =
        body(
            expect(
                201,
                app.json(
                    "POST",
                    members,
                    "{\"organisationId\": \"%s\", \"role\": \"member\", \"from\": \"2015-01-01\"}"
                        .formatted(navOffice),
                    EDITOR)));
    expect(
        201,
        app.json(
            "POST",
            members,
            "{\"organisationId\": \"%s\", \"role\": \"coordinator\"}".formatted(hospital),
            EDITOR));
    JsonObject ended =
        body(
            expect(
                200,
                app.json(
                    "DELETE",
                    members + "/" + nav.getString("id") + "?on=2020-06-30",
                    null,
                    EDITOR)));
    assertEquals("2020-06-30", ended.getString("to"));
    assertFalse(ended.getBoolean("current"));
    expect(
        409,
        app.json(
            "POST",
            members,
            "{\"organisationId\": \"%s\", \"role\": \"member\", \"from\": \"2019-01-01\"}"
                .formatted(navOffice),
            EDITOR));
    expect(
        201,
        app.json(
            "POST",
            members,
            "{\"organisationId\": \"%s\", \"role\": \"member\", \"from\": \"2022-01-01\"}"
                .formatted(navOffice),
            EDITOR));

    JsonArray all = parse(expect(200, app.get(members))).asJsonArray();
    assertEquals(3, all.size(), "the ended membership stays in the history");
    assertTrue(all.getJsonObject(0).getBoolean("current"));
    assertFalse(all.getJsonObject(2).getBoolean("current"));
    assertEquals(
        List.of(navOffice),
        organisations(parse(app.get(members + "?on=2018-05-01")).asJsonArray()));
    assertEquals(
        List.of(), organisations(parse(app.get(members + "?on=2021-01-01")).asJsonArray()));

    expect(
        401,
        app.json(
            "POST",
            members,
            "{\"organisationId\": \"" + university + "\", \"role\": \"member\"}",
            null));
    expect(
        403,
        app.json(
            "POST",
            members,
            "{\"organisationId\": \"" + university + "\", \"role\": \"member\"}",
            RESEARCHER));
    expect(400, app.get(members + "?on=last-year"));
    expect(
        400,
        app.json(
            "POST",
            members,
            "{\"organisationId\": \"" + university + "\", \"role\": \"boss\"}",
            EDITOR));
    expect(
        400,
        app.json(
            "POST",
            members,
            "{\"organisationId\": \"no-such-org\", \"role\": \"member\"}",
            EDITOR));
    expect(
        400,
        app.json(
            "POST",
            members,
            "{\"organisationId\": \"%s\", \"role\": \"member\", \"from\": \"2024-01-01\", \"to\": \"2023-01-01\"}"
                .formatted(university),
            EDITOR));
    expect(404, app.json("DELETE", members + "/no-such-membership", null, EDITOR));

    JsonObject profile = body(expect(200, app.get("/api/v1/organisations/" + navOffice)));
    JsonArray networks = profile.getJsonArray("networks");
    assertEquals(2, networks.size(), networks::toString);
    assertTrue(networks.stream().allMatch(n -> n.asJsonObject().getString("id").equals(network)));
  }

  @Test
  @Order(3)
  void aProgrammeIsFoundByTypeAndListedOnItsProvider() throws Exception {
    programme =
        create(
            "programmes",
            """
            {"name": "Arbeidsrettet rehabilitering, dagtilbud", "providerId": "%s", "form": "day",
             "region": "akershus", "topics": ["work-rehabilitation"],
             "levelsOfCare": ["specialist-care"], "duration": "4 uker",
             "referralRoute": "Henvisning fra fastlege eller Nav"}"""
                .formatted(hospital));
    expect(
        400,
        app.json(
            "POST",
            "/api/v1/programmes",
            "{\"name\": \"X\", \"providerId\": \"%s\", \"form\": \"retreat\"}".formatted(hospital),
            EDITOR));
    expect(
        400,
        app.json(
            "POST",
            "/api/v1/programmes",
            "{\"name\": \"X\", \"providerId\": \"nope\", \"form\": \"day\"}",
            EDITOR));
    JsonObject found = awaitSearch("/api/v1/search?type=programme&q=dagtilbud", programme);
    assertEquals("programme", found.getJsonArray("hits").getJsonObject(0).getString("type"));
    JsonObject profile = body(app.get("/api/v1/organisations/" + hospital));
    assertEquals(List.of(programme), ids(profile.getJsonArray("programmes")));
  }

  @Test
  @Order(4)
  void anEventHasAProgrammeAndAPresentationFoundBySearch() throws Exception {
    LocalDate day = TODAY.plusDays(30);
    event =
        create(
            "events",
            """
            {"title": "Åpen arena %d", "seriesName": "Åpen arena", "startDate": "%s",
             "endDate": "%s", "place": "Oslo; Clarion Hotel, The Hub", "capacity": 150,
             "organiserIds": ["%s", "%s"],
             "sessions": [{"start": "%sT09:00", "end": "%sT09:45", "title": "Åpning",
                           "speakers": [{"name": "Kari Nordmann", "organisationId": "%s"}],
                           "itemIds": ["%s"]}]}"""
                .formatted(
                    day.getYear(),
                    day,
                    day.plusDays(1),
                    hospital,
                    navOffice,
                    day,
                    day,
                    navOffice,
                    programme));
    JsonObject programmeRecord = body(app.get("/api/v1/programmes/" + programme));
    assertEquals(List.of(event), strings(programmeRecord.getJsonArray("eventIds")));

    Path slides = Files.createTempFile("presentasjon", ".txt");
    Files.writeString(
        slides, "Erfaringer med " + PRESENTATION_WORD + " i tre kommuner og to sykehus.");
    expect(202, app.upload("/api/v1/events/" + event + "/documents", slides, EDITOR));
    awaitSearch("/api/v1/search?q=" + PRESENTATION_WORD, event);
    awaitSearch("/api/v1/search?type=event&q=Kari+Nordmann", event);

    JsonObject profile = body(app.get("/api/v1/organisations/" + navOffice));
    assertEquals(List.of(event), ids(profile.getJsonArray("events")));
    assertEquals("co-organiser", profile.getJsonArray("events").getJsonObject(0).getString("role"));

    String bad = "{\"title\": \"X\", \"startDate\": \"%s\", \"endDate\": \"%s\"%s}";
    expect(
        400, app.json("POST", "/api/v1/events", bad.formatted(day, day.minusDays(1), ""), EDITOR));
    expect(
        400,
        app.json(
            "POST",
            "/api/v1/events",
            bad.formatted(
                day,
                day,
                ", \"sessions\": [{\"start\": \"%sT09:00\", \"title\": \"Y\"}]"
                    .formatted(day.plusDays(5))),
            EDITOR));
    expect(
        400,
        app.json(
            "POST",
            "/api/v1/events",
            bad.formatted(day, day, ", \"sessions\": [{\"start\": \"kl. 9\", \"title\": \"Y\"}]"),
            EDITOR));
    expect(
        400,
        app.json("POST", "/api/v1/events", bad.formatted(day, day, ", \"capacity\": 0"), EDITOR));
  }

  @Test
  @Order(5)
  void theHundredAndFiftyFirstWaitsAndMovesUpWhenSomeoneCancels() throws Exception {
    String path = "/api/v1/events/" + event + "/registrations";
    List<Callable<JsonObject>> signUps = new ArrayList<>();
    for (int i = 1; i <= 151; i++) {
      String json =
          """
          {"name": "Deltaker %d", "email": "deltaker%d@example.no", "organisation": "Nav Oslo",
           "sector": "%s", "organisationKind": "%s", "role": "rådgiver"}"""
              .formatted(
                  i,
                  i,
                  i % 2 == 0 ? "health" : "labour-welfare",
                  i % 3 == 0 ? "municipality" : "nav-unit");
      signUps.add(() -> body(expect(201, app.json("POST", path, json, null))));
    }
    List<JsonObject> answers = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(8)) {
      for (Future<JsonObject> answer : pool.invokeAll(signUps)) {
        answers.add(answer.get());
      }
    }
    assertEquals(
        150, answers.stream().filter(a -> a.getString("status").equals("confirmed")).count());
    assertEquals(
        1, answers.stream().filter(a -> a.getString("status").equals("waitlisted")).count());
    JsonObject waiting =
        answers.stream().filter(a -> a.getString("status").equals("waitlisted")).findFirst().get();

    expect(
        409,
        app.json("POST", path, "{\"name\": \"Igjen\", \"email\": \"DELTAKER7@example.no\"}", null));
    expect(400, app.json("POST", path, "{\"name\": \"X\", \"email\": \"not-an-address\"}", null));
    expect(
        400,
        app.json(
            "POST",
            path,
            "{\"name\": \"X\", \"email\": \"x@example.no\", \"sector\": \"space\"}",
            null));
    expect(400, app.json("POST", path, "{\"email\": \"x@example.no\"}", null));

    String token = answers.get(0).getString("cancelToken");
    expect(200, app.get("/api/v1/registrations/" + token));
    expect(204, app.json("DELETE", "/api/v1/registrations/" + token, null, null));
    expect(404, app.json("DELETE", "/api/v1/registrations/" + token, null, null));
    expect(404, app.get("/api/v1/registrations/not-a-token"));
    JsonObject movedUp = body(app.get("/api/v1/registrations/" + waiting.getString("cancelToken")));
    assertEquals("confirmed", movedUp.getString("status"));

    JsonObject attendance = body(expect(200, app.get("/api/v1/events/" + event + "/attendance")));
    assertEquals(150, attendance.getInt("confirmed"));
    assertEquals(0, attendance.getInt("waitlisted"));
    assertEquals(0, attendance.getInt("seatsLeft"));
    assertFalse(attendance.toString().contains("@example.no"), "the public sees no person");
    assertEquals(
        150,
        attendance.getJsonObject("bySector").values().stream()
            .mapToInt(v -> ((jakarta.json.JsonNumber) v).intValue())
            .sum());

    JsonObject late =
        body(
            expect(
                201,
                app.json(
                    "POST", path, "{\"name\": \"Sen\", \"email\": \"sen@example.no\"}", null)));
    assertEquals("waitlisted", late.getString("status"));
    HttpResponse<String> current = app.get("/api/v1/events/" + event);
    String bigger =
        jakarta.json.Json.createObjectBuilder(body(current))
            .add("capacity", 151)
            .build()
            .toString();
    expect(
        200,
        app.json(
            "PUT",
            "/api/v1/events/" + event,
            bigger,
            EDITOR,
            "If-Match",
            current.headers().firstValue("ETag").orElseThrow()));
    assertEquals(
        "confirmed",
        body(app.get("/api/v1/registrations/" + late.getString("cancelToken"))).getString("status"),
        "a seat added goes to the first waiting");

    expect(401, app.get(path));
    expect(403, app.json("GET", path, null, RESEARCHER));
    HttpResponse<String> csv =
        app.send(HttpRequest.newBuilder(app.uri(path)).header("Accept", "text/csv"), EDITOR);
    assertEquals(200, csv.statusCode(), csv::body);
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    List<String> rows = csv.body().lines().toList();
    assertEquals(1 + 152, rows.size(), "a header and every sign-up");
    assertTrue(rows.get(0).startsWith("name,email,organisation,sector"));
  }

  @Test
  @Order(6)
  void calendarsParseWithAnIndependentParser() throws Exception {
    HttpResponse<String> one = expect(200, app.get("/api/v1/events/" + event + "/calendar"));
    assertTrue(one.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
    Calendar calendar = new CalendarBuilder().build(new StringReader(one.body()));
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertEquals(1, events.size());
    VEvent entry = events.get(0);
    assertEquals(
        "Åpen arena " + TODAY.plusDays(30).getYear(),
        entry.getProperty(Property.SUMMARY).orElseThrow().getValue());
    assertEquals(
        TODAY.plusDays(30).toString().replace("-", ""),
        entry.getProperty(Property.DTSTART).orElseThrow().getValue());
    assertEquals(
        TODAY.plusDays(32).toString().replace("-", ""),
        entry.getProperty(Property.DTEND).orElseThrow().getValue(),
        "a whole-day event ends the day after its last day");
    assertEquals(
        "Oslo; Clarion Hotel, The Hub",
        entry.getProperty(Property.LOCATION).orElseThrow().getValue(),
        "escaped text comes back as it was");

    Calendar all =
        new CalendarBuilder()
            .build(new StringReader(expect(200, app.get("/api/v1/calendar")).body()));
    assertTrue(
        all.getComponents("VEVENT").stream()
            .anyMatch(c -> c.getProperty(Property.UID).orElseThrow().getValue().startsWith(event)));
    expect(404, app.get("/api/v1/events/no-such-event/calendar"));
  }

  @Test
  @Order(7)
  void personalDataIsGoneAfterTheRetentionTime() throws Exception {
    HttpResponse<String> current = app.get("/api/v1/events/" + event);
    JsonObject json = body(current);
    String past =
        jakarta.json.Json.createObjectBuilder(json)
            .add("startDate", TODAY.minusDays(3).toString())
            .add("endDate", TODAY.minusDays(2).toString())
            .add("sessions", JsonValue.EMPTY_JSON_ARRAY)
            .build()
            .toString();
    expect(
        200,
        app.json(
            "PUT",
            "/api/v1/events/" + event,
            past,
            EDITOR,
            "If-Match",
            current.headers().firstValue("ETag").orElseThrow()));
    String path = "/api/v1/events/" + event + "/registrations";
    expect(409, app.json("POST", path, "{\"name\": \"Sen\", \"email\": \"sen@example.no\"}", null));
    JsonArray before = parse(app.json("GET", path, null, EDITOR)).asJsonArray();
    assertTrue(before.getJsonObject(1).containsKey("email"), "kept within the retention time");

    app.stop();
    app.with("KB_REGISTRATION_RETENTION_DAYS", "1").start();

    JsonArray after = parse(expect(200, app.json("GET", path, null, EDITOR))).asJsonArray();
    assertEquals(152, after.size());
    for (JsonValue registration : after) {
      JsonObject r = registration.asJsonObject();
      assertNull(r.get("name"), r::toString);
      assertNull(r.get("email"), r::toString);
      assertNull(r.get("organisation"), r::toString);
      assertNull(r.get("role"), r::toString);
    }
    JsonObject attendance = body(app.get("/api/v1/events/" + event + "/attendance"));
    assertEquals(151, attendance.getInt("confirmed"), "the counts stay");
    assertFalse(
        database.count("SELECT COUNT(*) FROM event_registration WHERE email IS NOT NULL") > 0);
  }

  static JsonObject awaitSearch(String path, String id) throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    while (true) {
      JsonObject result = body(expect(200, app.get(path)));
      if (ids(result.getJsonArray("hits")).contains(id)) {
        return result;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(path + " did not find " + id + ": " + result);
      }
      Thread.sleep(200);
    }
  }

  static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  static List<String> organisations(JsonArray memberships) {
    return memberships.stream()
        .map(m -> m.asJsonObject().getString("organisationId"))
        .filter(id -> !id.equals(hospital))
        .toList();
  }
}
