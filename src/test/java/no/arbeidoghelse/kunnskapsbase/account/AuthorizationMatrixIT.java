package no.arbeidoghelse.kunnskapsbase.account;

import static no.arbeidoghelse.kunnskapsbase.testing.RunningApp.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import no.arbeidoghelse.kunnskapsbase.testing.ProblemAnswers;
import no.arbeidoghelse.kunnskapsbase.testing.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint × every kind of caller × ownership, against the running jar: anonymous, the
 * researcher who owns the record, another researcher, an editor and an administrator. Each check
 * gets fresh records in the state it needs, made through the API, so no check depends on another. A
 * refusal must be a problem document; "may not see" must look like "does not exist" (404).
 */
class AuthorizationMatrixIT {

  enum Who {
    ANONYMOUS(null),
    OWNER("rita:rita-passord-123"),
    OTHER_RESEARCHER("olav:olav-passord-123"),
    EDITOR("edith:edith-passord-123"),
    ADMIN("admin:" + RunningApp.ADMIN_PASSWORD);

    final String credentials;

    Who(String credentials) {
      this.credentials = credentials;
    }
  }

  /** Expected status for anonymous, owner, other researcher, editor, administrator. */
  record Expect(int anonymous, int owner, int other, int editor, int admin) {
    int of(Who who) {
      return switch (who) {
        case ANONYMOUS -> anonymous;
        case OWNER -> owner;
        case OTHER_RESEARCHER -> other;
        case EDITOR -> editor;
        case ADMIN -> admin;
      };
    }
  }

  enum State {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    WITHDRAWN_DRAFT,
    WITHDRAWN_PUBLISHED
  }

  /** A record made for one check. */
  record Fixture(String kind, String id, long version) {
    String path() {
      return "/api/v1/" + kind + "/" + id;
    }
  }

  /** One request for one caller, given the fixture made for it. */
  interface Call {
    HttpResponse<String> send(Fixture fixture, Who who) throws Exception;
  }

  static final List<String> KINDS =
      List.of("projects", "publications", "practice-reports", "programmes", "networks", "events");
  static final AtomicInteger UNIQUE = new AtomicInteger();
  static RunningApp app;
  static Path textFile;
  static String organisation;

  @BeforeAll
  static void start() throws Exception {
    app = RunningApp.embedded("authorization").with("KB_SAMPLE_DATA", "false").start();
    for (Who who : List.of(Who.OWNER, Who.OTHER_RESEARCHER, Who.EDITOR)) {
      app.createUser(who.credentials, who == Who.EDITOR ? "editor" : "researcher");
    }
    organisation =
        parse(
                ok(
                    app.json(
                        "POST",
                        "/api/v1/organisations",
                        "{\"name\":\"Matriseklinikken\",\"type\":\"hospital\"}",
                        Who.EDITOR.credentials)))
            .asJsonObject()
            .getString("id");
    textFile = Files.createTempFile("matrise", ".txt");
    Files.writeString(textFile, "Et lite dokument om arbeid og helse.");
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    Files.deleteIfExists(textFile);
  }

  static String body(String kind) {
    String title = "\"title\":\"Matrise " + UNIQUE.incrementAndGet() + "\"";
    return switch (kind) {
      case "projects" -> "{" + title + ",\"status\":\"ongoing\"}";
      case "publications" -> "{" + title + ",\"publicationType\":\"report\",\"year\":2024}";
      case "programmes" ->
          "{" + title + ",\"providerId\":\"" + organisation + "\",\"form\":\"day\"}";
      case "networks" -> "{" + title + ",\"since\":2012}";
      case "events" ->
          "{" + title + ",\"startDate\":\"" + LocalDate.now().plusDays(30) + "\",\"capacity\":100}";
      default ->
          "{"
              + title
              + ",\"provider\":\"Nav Fjordvik\",\"providerType\":\"nav-unit\",\"year\":2024}";
    };
  }

  static HttpResponse<String> ok(HttpResponse<String> response) {
    assertTrue(response.statusCode() < 300, response::body);
    return response;
  }

  /** A record of the kind, owned by the owner, brought into the state through the API. */
  static Fixture fixture(String kind, State state) throws Exception {
    String owner = Who.OWNER.credentials;
    String editor = Who.EDITOR.credentials;
    JsonObject json =
        parse(ok(app.json("POST", "/api/v1/" + kind, body(kind), owner))).asJsonObject();
    String path = "/api/v1/" + kind + "/" + json.getString("id");
    switch (state) {
      case DRAFT -> {}
      case IN_REVIEW -> ok(app.json("POST", path + "/submit", null, owner));
      case PUBLISHED -> ok(app.json("POST", path + "/publish", null, editor));
      case WITHDRAWN_DRAFT -> ok(app.json("DELETE", path, null, owner));
      case WITHDRAWN_PUBLISHED -> {
        ok(app.json("POST", path + "/publish", null, editor));
        ok(app.json("DELETE", path, null, editor));
      }
    }
    long version =
        parse(app.json("GET", path, null, owner))
            .asJsonObject()
            .getJsonNumber("version")
            .longValue();
    return new Fixture(kind, json.getString("id"), version);
  }

  record Case(String name, String kind, State state, Call call, Expect expect) {}

  static List<Case> itemCases(String kind) {
    List<Case> cases = new ArrayList<>();
    Function<String, Call> get =
        suffix -> (f, who) -> app.json("GET", f.path() + suffix, null, who.credentials);
    Function<String, Call> post =
        suffix -> (f, who) -> app.json("POST", f.path() + suffix, null, who.credentials);
    Call update =
        (f, who) ->
            app.json(
                "PUT",
                f.path(),
                body(kind),
                who.credentials,
                "If-Match",
                "\"" + f.version() + "\"");
    Call delete = (f, who) -> app.json("DELETE", f.path(), null, who.credentials);
    cases.add(
        new Case(
            "read draft", kind, State.DRAFT, get.apply(""), new Expect(404, 200, 404, 200, 200)));
    cases.add(
        new Case(
            "read in review",
            kind,
            State.IN_REVIEW,
            get.apply(""),
            new Expect(404, 200, 404, 200, 200)));
    cases.add(
        new Case(
            "read published",
            kind,
            State.PUBLISHED,
            get.apply(""),
            new Expect(200, 200, 200, 200, 200)));
    cases.add(
        new Case(
            "read withdrawn",
            kind,
            State.WITHDRAWN_PUBLISHED,
            get.apply(""),
            new Expect(404, 200, 404, 200, 200)));
    cases.add(
        new Case("update draft", kind, State.DRAFT, update, new Expect(401, 200, 404, 200, 200)));
    cases.add(
        new Case(
            "update published",
            kind,
            State.PUBLISHED,
            update,
            new Expect(401, 200, 403, 200, 200)));
    cases.add(
        new Case("withdraw draft", kind, State.DRAFT, delete, new Expect(401, 204, 404, 204, 204)));
    cases.add(
        new Case(
            "withdraw published",
            kind,
            State.PUBLISHED,
            delete,
            new Expect(401, 403, 403, 204, 204)));
    cases.add(
        new Case(
            "submit draft",
            kind,
            State.DRAFT,
            post.apply("/submit"),
            new Expect(401, 200, 404, 200, 200)));
    cases.add(
        new Case(
            "submit published",
            kind,
            State.PUBLISHED,
            post.apply("/submit"),
            new Expect(401, 409, 403, 409, 409)));
    cases.add(
        new Case(
            "publish in review",
            kind,
            State.IN_REVIEW,
            post.apply("/publish"),
            new Expect(401, 403, 404, 200, 200)));
    cases.add(
        new Case(
            "publish published",
            kind,
            State.PUBLISHED,
            post.apply("/publish"),
            new Expect(401, 403, 403, 409, 409)));
    cases.add(
        new Case(
            "return in review",
            kind,
            State.IN_REVIEW,
            (f, who) ->
                app.json(
                    "POST",
                    f.path() + "/return",
                    "{\"comment\":\"Mer om metode.\"}",
                    who.credentials),
            new Expect(401, 403, 404, 200, 200)));
    cases.add(
        new Case(
            "unpublish published",
            kind,
            State.PUBLISHED,
            post.apply("/unpublish"),
            new Expect(401, 403, 403, 200, 200)));
    cases.add(
        new Case(
            "unpublish draft",
            kind,
            State.DRAFT,
            post.apply("/unpublish"),
            new Expect(401, 403, 404, 409, 409)));
    cases.add(
        new Case(
            "restore withdrawn draft",
            kind,
            State.WITHDRAWN_DRAFT,
            post.apply("/restore"),
            new Expect(401, 200, 404, 200, 200)));
    cases.add(
        new Case(
            "restore withdrawn published",
            kind,
            State.WITHDRAWN_PUBLISHED,
            post.apply("/restore"),
            new Expect(401, 403, 404, 200, 200)));
    cases.add(
        new Case(
            "history of draft",
            kind,
            State.DRAFT,
            get.apply("/history"),
            new Expect(401, 200, 404, 200, 200)));
    cases.add(
        new Case(
            "history of published",
            kind,
            State.PUBLISHED,
            get.apply("/history"),
            new Expect(401, 200, 403, 200, 200)));
    cases.add(
        new Case(
            "restore version",
            kind,
            State.DRAFT,
            post.apply("/history/1/restore"),
            new Expect(401, 403, 404, 200, 200)));
    cases.add(
        new Case(
            "add co-owner",
            kind,
            State.DRAFT,
            (f, who) ->
                app.json(
                    "POST", f.path() + "/co-owners", "{\"username\":\"edith\"}", who.credentials),
            new Expect(401, 200, 404, 200, 200)));
    cases.add(
        new Case(
            "related of draft",
            kind,
            State.DRAFT,
            get.apply("/related"),
            new Expect(404, 200, 404, 200, 200)));
    cases.add(
        new Case(
            "documents of draft",
            kind,
            State.DRAFT,
            get.apply("/documents"),
            new Expect(404, 200, 404, 200, 200)));
    cases.add(
        new Case(
            "upload to draft",
            kind,
            State.DRAFT,
            (f, who) -> app.upload(f.path() + "/documents", textFile, who.credentials),
            new Expect(401, 202, 404, 202, 202)));
    cases.add(
        new Case(
            "upload to published",
            kind,
            State.PUBLISHED,
            (f, who) -> app.upload(f.path() + "/documents", textFile, who.credentials),
            new Expect(401, 202, 403, 202, 202)));
    cases.add(
        new Case(
            "create",
            kind,
            State.DRAFT,
            (f, who) -> app.json("POST", "/api/v1/" + kind, body(kind), who.credentials),
            new Expect(401, 201, 201, 201, 201)));
    return cases;
  }

  /** Calls on a document of a draft project. */
  static List<Case> documentCases() {
    Function<String, Call> onDocument =
        suffix ->
            (f, who) -> {
              String document =
                  parse(ok(app.upload(f.path() + "/documents", textFile, Who.OWNER.credentials)))
                      .asJsonObject()
                      .getString("id");
              return app.json(
                  suffix.startsWith("DELETE") ? "DELETE" : "GET",
                  "/api/v1/documents/" + document + suffix.replace("DELETE", ""),
                  null,
                  who.credentials);
            };
    return List.of(
        new Case(
            "document of draft",
            "projects",
            State.DRAFT,
            onDocument.apply(""),
            new Expect(404, 200, 404, 200, 200)),
        new Case(
            "document content of draft",
            "projects",
            State.DRAFT,
            onDocument.apply("/content"),
            new Expect(404, 200, 404, 200, 200)),
        new Case(
            "document of published",
            "projects",
            State.PUBLISHED,
            onDocument.apply(""),
            new Expect(200, 200, 200, 200, 200)),
        new Case(
            "delete document of draft",
            "projects",
            State.DRAFT,
            onDocument.apply("DELETE"),
            new Expect(401, 204, 404, 204, 204)),
        new Case(
            "delete document of published",
            "projects",
            State.PUBLISHED,
            onDocument.apply("DELETE"),
            new Expect(401, 204, 403, 204, 204)));
  }

  /** Network memberships, event sign-ups, calendars and the competence network's profiles. */
  static List<Case> competenceCases() {
    Function<String, Call> get =
        suffix -> (f, who) -> app.json("GET", f.path() + suffix, null, who.credentials);
    String member = "{\"organisationId\":\"%s\",\"role\":\"member\"}";
    Function<String, Call> onMembership =
        method ->
            (f, who) -> {
              String id =
                  parse(
                          ok(
                              app.json(
                                  "POST",
                                  f.path() + "/members",
                                  member.formatted(organisation),
                                  Who.OWNER.credentials)))
                      .asJsonObject()
                      .getString("id");
              return app.json(
                  method,
                  f.path() + "/members/" + id,
                  method.equals("PUT") ? member.formatted(organisation) : null,
                  who.credentials,
                  "If-Match",
                  "\"1\"");
            };
    Call register =
        (f, who) ->
            app.json(
                "POST",
                f.path() + "/registrations",
                "{\"name\":\"Deltaker\",\"email\":\"d"
                    + UNIQUE.incrementAndGet()
                    + "@example.no\"}",
                who.credentials);
    List<Case> cases = new ArrayList<>();
    cases.add(
        new Case(
            "members",
            "networks",
            State.PUBLISHED,
            get.apply("/members"),
            new Expect(200, 200, 200, 200, 200)));
    cases.add(
        new Case(
            "members of a draft",
            "networks",
            State.DRAFT,
            get.apply("/members"),
            new Expect(404, 200, 404, 200, 200)));
    cases.add(
        new Case(
            "add a member",
            "networks",
            State.PUBLISHED,
            (f, who) ->
                app.json(
                    "POST", f.path() + "/members", member.formatted(organisation), who.credentials),
            new Expect(401, 201, 403, 201, 201)));
    cases.add(
        new Case(
            "change a membership",
            "networks",
            State.PUBLISHED,
            onMembership.apply("PUT"),
            new Expect(401, 200, 403, 200, 200)));
    cases.add(
        new Case(
            "end a membership",
            "networks",
            State.PUBLISHED,
            onMembership.apply("DELETE"),
            new Expect(401, 200, 403, 200, 200)));
    cases.add(
        new Case(
            "sign up", "events", State.PUBLISHED, register, new Expect(201, 201, 201, 201, 201)));
    cases.add(
        new Case(
            "sign up for a draft",
            "events",
            State.DRAFT,
            register,
            new Expect(404, 409, 404, 409, 409)));
    cases.add(
        new Case(
            "participants",
            "events",
            State.PUBLISHED,
            get.apply("/registrations"),
            new Expect(401, 200, 403, 200, 200)));
    cases.add(
        new Case(
            "attendance",
            "events",
            State.PUBLISHED,
            get.apply("/attendance"),
            new Expect(200, 200, 200, 200, 200)));
    cases.add(
        new Case(
            "attendance of a draft",
            "events",
            State.DRAFT,
            get.apply("/attendance"),
            new Expect(404, 200, 404, 200, 200)));
    cases.add(
        new Case(
            "calendar entry",
            "events",
            State.PUBLISHED,
            get.apply("/calendar"),
            new Expect(200, 200, 200, 200, 200)));
    cases.add(
        new Case(
            "calendar entry of a draft",
            "events",
            State.DRAFT,
            get.apply("/calendar"),
            new Expect(404, 200, 404, 200, 200)));
    cases.add(
        new Case(
            "cancel with the link",
            "events",
            State.PUBLISHED,
            (f, who) -> {
              String token =
                  parse(ok(register.send(f, Who.ANONYMOUS)))
                      .asJsonObject()
                      .getString("cancelToken");
              return app.json("DELETE", "/api/v1/registrations/" + token, null, who.credentials);
            },
            new Expect(204, 204, 204, 204, 204)));
    Function<String, Call> global =
        path -> (f, who) -> app.json("GET", path, null, who.credentials);
    cases.add(
        new Case(
            "the calendar",
            "events",
            State.PUBLISHED,
            global.apply("/api/v1/calendar"),
            new Expect(200, 200, 200, 200, 200)));
    cases.add(
        new Case(
            "the competence network",
            "events",
            State.PUBLISHED,
            global.apply("/api/v1/competence-network?sector=health"),
            new Expect(200, 200, 200, 200, 200)));
    cases.add(
        new Case(
            "an organisation's profile",
            "events",
            State.PUBLISHED,
            (f, who) ->
                app.json("GET", "/api/v1/organisations/" + organisation, null, who.credentials),
            new Expect(200, 200, 200, 200, 200)));
    return cases;
  }

  /** Calls that need no record of a kind (the fixture is a published project where one is used). */
  static List<Case> globalCases() {
    Function<String, Call> get = path -> (f, who) -> app.json("GET", path, null, who.credentials);
    List<Case> cases = new ArrayList<>();
    cases.add(
        new Case(
            "review queue",
            "projects",
            State.IN_REVIEW,
            get.apply("/api/v1/review-queue"),
            new Expect(401, 403, 403, 200, 200)));
    cases.add(
        new Case(
            "featured",
            "projects",
            State.PUBLISHED,
            get.apply("/api/v1/featured"),
            new Expect(200, 200, 200, 200, 200)));
    cases.add(
        new Case(
            "featured, all",
            "projects",
            State.PUBLISHED,
            get.apply("/api/v1/featured?all=true"),
            new Expect(401, 403, 403, 200, 200)));
    cases.add(
        new Case(
            "feature a record",
            "projects",
            State.PUBLISHED,
            (f, who) ->
                app.json(
                    "POST", "/api/v1/featured", "{\"itemId\":\"" + f.id() + "\"}", who.credentials),
            new Expect(401, 403, 403, 201, 201)));
    Function<String, Call> onFeatured =
        method ->
            (f, who) -> {
              String id =
                  parse(
                          ok(
                              app.json(
                                  "POST",
                                  "/api/v1/featured",
                                  "{\"itemId\":\"" + f.id() + "\"}",
                                  Who.EDITOR.credentials)))
                      .asJsonObject()
                      .getString("id");
              return app.json(
                  method,
                  "/api/v1/featured/" + id,
                  method.equals("PUT") ? "{\"itemId\":\"" + f.id() + "\",\"teaser\":\"Ny\"}" : null,
                  who.credentials);
            };
    cases.add(
        new Case(
            "change featured",
            "projects",
            State.PUBLISHED,
            onFeatured.apply("PUT"),
            new Expect(401, 403, 403, 200, 200)));
    cases.add(
        new Case(
            "remove featured",
            "projects",
            State.PUBLISHED,
            onFeatured.apply("DELETE"),
            new Expect(401, 403, 403, 204, 204)));
    cases.add(
        new Case(
            "themes",
            "projects",
            State.PUBLISHED,
            get.apply("/api/v1/themes"),
            new Expect(200, 200, 200, 200, 200)));
    Function<String, String> theme =
        id ->
            "{\"slug\":\"tema-"
                + UNIQUE.incrementAndGet()
                + "\",\"title\":\"Tema\",\"itemIds\":[\""
                + id
                + "\"]}";
    cases.add(
        new Case(
            "create theme",
            "projects",
            State.PUBLISHED,
            (f, who) -> app.json("POST", "/api/v1/themes", theme.apply(f.id()), who.credentials),
            new Expect(401, 403, 403, 201, 201)));
    Function<String, Call> onTheme =
        method ->
            (f, who) -> {
              String id =
                  parse(
                          ok(
                              app.json(
                                  "POST",
                                  "/api/v1/themes",
                                  theme.apply(f.id()),
                                  Who.EDITOR.credentials)))
                      .asJsonObject()
                      .getString("id");
              return app.json(
                  method,
                  "/api/v1/themes/" + id,
                  method.equals("PUT") ? theme.apply(f.id()) : null,
                  who.credentials);
            };
    cases.add(
        new Case(
            "change theme",
            "projects",
            State.PUBLISHED,
            onTheme.apply("PUT"),
            new Expect(401, 403, 403, 200, 200)));
    cases.add(
        new Case(
            "delete theme",
            "projects",
            State.PUBLISHED,
            onTheme.apply("DELETE"),
            new Expect(401, 403, 403, 204, 204)));
    cases.add(
        new Case(
            "list users",
            "projects",
            State.DRAFT,
            get.apply("/api/v1/users"),
            new Expect(401, 403, 403, 403, 200)));
    cases.add(
        new Case(
            "read a user",
            "projects",
            State.DRAFT,
            get.apply("/api/v1/users/olav"),
            new Expect(401, 403, 403, 403, 200)));
    cases.add(
        new Case(
            "create a user",
            "projects",
            State.DRAFT,
            (f, who) ->
                app.json(
                    "POST",
                    "/api/v1/users",
                    "{\"username\":\"ny"
                        + UNIQUE.incrementAndGet()
                        + "\",\"password\":\"et-langt-passord\",\"displayName\":\"Ny\",\"roles\":[\"researcher\"]}",
                    who.credentials),
            new Expect(401, 403, 403, 403, 201)));
    cases.add(
        new Case(
            "change a user",
            "projects",
            State.DRAFT,
            (f, who) ->
                app.json(
                    "PUT", "/api/v1/users/olav", "{\"displayName\":\"Olav\"}", who.credentials),
            new Expect(401, 403, 403, 403, 200)));
    cases.add(
        new Case(
            "me",
            "projects",
            State.DRAFT,
            get.apply("/api/v1/me"),
            new Expect(401, 200, 200, 200, 200)));
    cases.add(
        new Case(
            "my tokens",
            "projects",
            State.DRAFT,
            get.apply("/api/v1/me/tokens"),
            new Expect(401, 200, 200, 200, 200)));
    cases.add(
        new Case(
            "create a token",
            "projects",
            State.DRAFT,
            (f, who) ->
                app.json("POST", "/api/v1/me/tokens", "{\"name\":\"matrise\"}", who.credentials),
            new Expect(401, 201, 201, 201, 201)));
    cases.add(
        new Case(
            "index status",
            "projects",
            State.DRAFT,
            get.apply("/api/v1/admin/search-index"),
            new Expect(401, 403, 403, 403, 200)));
    cases.add(
        new Case(
            "search",
            "projects",
            State.DRAFT,
            get.apply("/api/v1/search?q=matrise"),
            new Expect(200, 200, 200, 200, 200)));
    cases.add(
        new Case(
            "suggestions",
            "projects",
            State.DRAFT,
            get.apply("/api/v1/search/suggest?q=mat"),
            new Expect(200, 200, 200, 200, 200)));
    cases.add(
        new Case(
            "taxonomy",
            "projects",
            State.DRAFT,
            get.apply("/api/v1/taxonomy"),
            new Expect(200, 200, 200, 200, 200)));
    cases.add(
        new Case(
            "register an organisation",
            "projects",
            State.DRAFT,
            (f, who) ->
                app.json(
                    "POST",
                    "/api/v1/organisations",
                    "{\"name\":\"Org " + UNIQUE.incrementAndGet() + "\",\"type\":\"university\"}",
                    who.credentials),
            new Expect(401, 201, 201, 201, 201)));
    cases.add(
        new Case(
            "change someone's organisation",
            "projects",
            State.DRAFT,
            (f, who) -> {
              String id =
                  parse(
                          ok(
                              app.json(
                                  "POST",
                                  "/api/v1/organisations",
                                  "{\"name\":\"Org "
                                      + UNIQUE.incrementAndGet()
                                      + "\",\"type\":\"nav\"}",
                                  Who.OWNER.credentials)))
                      .asJsonObject()
                      .getString("id");
              return app.json(
                  "PUT",
                  "/api/v1/organisations/" + id,
                  "{\"name\":\"Org " + UNIQUE.incrementAndGet() + "\",\"type\":\"nav\"}",
                  who.credentials,
                  "If-Match",
                  "\"1\"");
            },
            new Expect(401, 200, 403, 200, 200)));
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> everyEndpointForEveryCaller() {
    List<Case> cases = new ArrayList<>();
    KINDS.forEach(kind -> cases.addAll(itemCases(kind)));
    cases.addAll(documentCases());
    cases.addAll(competenceCases());
    cases.addAll(globalCases());
    return cases.stream()
        .flatMap(
            c ->
                Stream.of(Who.values())
                    .map(
                        who ->
                            dynamicTest(
                                c.kind() + ": " + c.name() + " as " + who, () -> check(c, who))));
  }

  static void check(Case c, Who who) throws Exception {
    Fixture fixture = fixture(c.kind(), c.state());
    HttpResponse<String> response = c.call().send(fixture, who);
    int expected = c.expect().of(who);
    assertEquals(
        expected, response.statusCode(), () -> c.name() + " as " + who + ": " + response.body());
    if (expected >= 400) {
      assertTrue(
          ProblemAnswers.isProblem(response),
          () -> "a problem document, not " + response.headers().firstValue("Content-Type"));
    }
  }

  @TestFactory
  Stream<DynamicTest> searchShowsDraftsOnlyToThoseWhoMaySeeThem() throws Exception {
    String word = "kvistmatrise";
    String draft =
        parse(
                ok(
                    app.json(
                        "POST",
                        "/api/v1/projects",
                        "{\"title\":\"Utkast om " + word + "\",\"status\":\"ongoing\"}",
                        Who.OWNER.credentials)))
            .asJsonObject()
            .getString("id");
    Thread.sleep(1000);
    Expect expect = new Expect(0, 1, 0, 1, 1);
    return Stream.of(Who.values())
        .map(
            who ->
                dynamicTest(
                    "search for a draft as " + who,
                    () -> {
                      var found =
                          parse(app.json("GET", "/api/v1/search?q=" + word, null, who.credentials))
                              .asJsonObject();
                      assertEquals(expect.of(who), found.getInt("total"), () -> who + " " + found);
                      if (expect.of(who) == 1) {
                        assertEquals(
                            draft, found.getJsonArray("hits").getJsonObject(0).getString("id"));
                      }
                    }));
  }
}
