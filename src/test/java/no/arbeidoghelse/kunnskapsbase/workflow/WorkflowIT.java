package no.arbeidoghelse.kunnskapsbase.workflow;

import static no.arbeidoghelse.kunnskapsbase.testing.RunningApp.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
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
 * The editorial workflow end to end against the packaged jar on MariaDB: a researcher registers a
 * project with a document and submits it, an editor finds it in the queue and publishes it, it is
 * in public search within a second, and the history shows each step. Also sessions with CSRF, API
 * tokens, sign-in throttling, curation, and that no password reaches the log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkflowIT {

  static final String ADMIN = "admin:" + RunningApp.ADMIN_PASSWORD;
  static final String RESEARCHER = "rita:rita-passord-123";
  static final String OTHER = "olav:olav-passord-123";
  static final String EDITOR = "edith:edith-passord-123";
  static final String UNIQUE_WORD = "fjellvandringsmetoden";

  static TestDatabase database;
  static RunningApp app;
  static String projectId;

  @BeforeAll
  static void start() throws Exception {
    database = TestDatabase.mariaDb();
    app = RunningApp.onMariaDb("workflow", database).start();
    app.createUser(RESEARCHER, "researcher");
    app.createUser(OTHER, "researcher");
    app.createUser(EDITOR, "editor");
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

  static HttpResponse<String> action(String action, String credentials, String body)
      throws Exception {
    return app.json("POST", "/api/v1/projects/" + projectId + "/" + action, body, credentials);
  }

  static long hits(String query, String credentials) throws Exception {
    return body(expect(200, app.json("GET", "/api/v1/search?q=" + query, null, credentials)))
        .getInt("total");
  }

  static long publicHits(String query) throws Exception {
    return hits(query, null);
  }

  /** Waits up to a second (the promise for search) for the number of hits the caller gets. */
  static void awaitHits(String query, String credentials, long expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
    long found;
    while ((found = hits(query, credentials)) != expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(expected, found, "hits for " + query + " within a second");
  }

  static void awaitPublicHits(String query, long expected) throws Exception {
    awaitHits(query, null, expected);
  }

  @Test
  @Order(1)
  void researcherRegistersProjectWithDocumentAndSubmits() throws Exception {
    var created =
        expect(
            201,
            app.json(
                "POST",
                "/api/v1/projects",
                "{\"title\":\"Tilbake til arbeid etter langvarig sykefravær\","
                    + "\"summary\":\"Et prosjekt om "
                    + UNIQUE_WORD
                    + " for oppfølging.\",\"status\":\"planned\",\"sectors\":[\"health\"],"
                    + "\"topics\":[\"sick-leave\"]}",
                RESEARCHER));
    JsonObject project = body(created);
    projectId = project.getString("id");
    assertEquals("draft", project.getString("state"));

    Path pdf = Path.of("sample-docs/files/ips-unge-prosjektbeskrivelse.pdf");
    expect(202, app.upload("/api/v1/projects/" + projectId + "/documents", pdf, RESEARCHER));

    // a draft is not public: not in search, 404 for others
    assertEquals(0, publicHits(UNIQUE_WORD));
    expect(404, app.json("GET", "/api/v1/projects/" + projectId, null, OTHER));
    // the owner finds their own draft in search
    awaitHits(UNIQUE_WORD, RESEARCHER, 1);

    expect(403, action("publish", RESEARCHER, null));
    JsonObject submitted = body(expect(200, action("submit", RESEARCHER, null)));
    assertEquals("in-review", submitted.getString("state"));
    assertNotNull(submitted.getString("submittedAt"));
    expect(409, action("submit", RESEARCHER, null));
    assertEquals(0, publicHits(UNIQUE_WORD));
  }

  @Test
  @Order(2)
  void editorReturnsWithCommentThenPublishesFromTheQueueAndItIsFoundWithinASecond()
      throws Exception {
    expect(403, app.json("GET", "/api/v1/review-queue", null, RESEARCHER));
    expect(401, app.get("/api/v1/review-queue"));
    var queue = body(expect(200, app.json("GET", "/api/v1/review-queue", null, EDITOR)));
    assertEquals(1, queue.getInt("total"));
    assertEquals(projectId, queue.getJsonArray("items").getJsonObject(0).getString("id"));

    expect(400, action("return", EDITOR, null));
    expect(400, action("return", EDITOR, "{\"comment\":\"   \"}"));
    JsonObject returned =
        body(expect(200, action("return", EDITOR, "{\"comment\":\"Beskriv utvalget nærmere.\"}")));
    assertEquals("draft", returned.getString("state"));
    expect(409, action("return", EDITOR, "{\"comment\":\"igjen\"}"));
    assertEquals(0, body(app.json("GET", "/api/v1/review-queue", null, EDITOR)).getInt("total"));

    // the owner revises and submits again
    JsonObject draft = body(app.json("GET", "/api/v1/projects/" + projectId, null, RESEARCHER));
    String revised =
        "{\"title\":\"Tilbake til arbeid etter langvarig sykefravær\","
            + "\"summary\":\"Et prosjekt om "
            + UNIQUE_WORD
            + " for oppfølging av 120 arbeidstakere.\",\"status\":\"planned\","
            + "\"sectors\":[\"health\"],\"topics\":[\"sick-leave\"]}";
    expect(
        200,
        app.json(
            "PUT",
            "/api/v1/projects/" + projectId,
            revised,
            RESEARCHER,
            "If-Match",
            "\"" + draft.getJsonNumber("version").longValue() + "\""));
    expect(200, action("submit", RESEARCHER, null));

    JsonObject published =
        body(expect(200, action("publish", EDITOR, "{\"comment\":\"Godkjent.\"}")));
    assertEquals("published", published.getString("state"));
    awaitPublicHits(UNIQUE_WORD, 1);
    expect(200, app.get("/api/v1/projects/" + projectId));
    expect(409, action("publish", EDITOR, null));
  }

  @Test
  @Order(3)
  void historyShowsEachStepWithWhoWhenAndWhatChanged() throws Exception {
    expect(401, app.get("/api/v1/projects/" + projectId + "/history"));
    expect(403, app.json("GET", "/api/v1/projects/" + projectId + "/history", null, OTHER));
    var history =
        body(
            expect(
                200,
                app.json("GET", "/api/v1/projects/" + projectId + "/history", null, RESEARCHER)));
    List<String> actions =
        history.getJsonArray("items").stream()
            .map(v -> v.asJsonObject().getString("action"))
            .toList();
    assertEquals(
        List.of("published", "submitted", "updated", "returned", "submitted", "created"), actions);
    JsonObject returned = history.getJsonArray("items").getJsonObject(3);
    assertEquals("edith", returned.getString("actor"));
    assertEquals("Beskriv utvalget nærmere.", returned.getString("comment"));
    assertNotNull(returned.getString("at"));
    JsonObject updated = history.getJsonArray("items").getJsonObject(2);
    assertEquals("rita", updated.getString("actor"));
    var change = updated.getJsonArray("changes").getJsonObject(0);
    assertEquals("summary", change.getString("field"));
    assertTrue(change.getString("new").contains("120 arbeidstakere"));
    assertFalse(change.getString("old").contains("120 arbeidstakere"));
    JsonObject publishedEntry = history.getJsonArray("items").getJsonObject(0);
    assertEquals(
        "state", publishedEntry.getJsonArray("changes").getJsonObject(0).getString("field"));
    assertEquals(
        "in-review", publishedEntry.getJsonArray("changes").getJsonObject(0).getString("old"));
    assertEquals(
        "published", publishedEntry.getJsonArray("changes").getJsonObject(0).getString("new"));
  }

  @Test
  @Order(4)
  void editorRestoresAnEarlierVersion() throws Exception {
    String path = "/api/v1/projects/" + projectId + "/history/1/restore";
    expect(403, app.json("POST", path, null, RESEARCHER));
    expect(
        404,
        app.json("POST", "/api/v1/projects/" + projectId + "/history/99/restore", null, EDITOR));
    expect(
        404,
        app.json("POST", "/api/v1/projects/" + projectId + "/history/abc/restore", null, EDITOR));
    JsonObject restored = body(expect(200, app.json("POST", path, null, EDITOR)));
    assertFalse(restored.getString("summary").contains("120 arbeidstakere"));
    assertEquals("published", restored.getString("state"), "restoring fields keeps the state");
    var latest =
        body(app.json("GET", "/api/v1/projects/" + projectId + "/history?size=1", null, EDITOR))
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("reverted", latest.getString("action"));
    assertEquals("Restored version 1.", latest.getString("comment"));
  }

  @Test
  @Order(5)
  void unpublishWithdrawAndRestoreFollowTheRules() throws Exception {
    expect(403, app.json("DELETE", "/api/v1/projects/" + projectId, null, RESEARCHER));
    expect(403, action("unpublish", RESEARCHER, null));
    assertEquals("draft", body(expect(200, action("unpublish", EDITOR, null))).getString("state"));
    awaitPublicHits(UNIQUE_WORD, 0);
    expect(409, action("unpublish", EDITOR, null));
    expect(409, action("restore", RESEARCHER, null));
    // an owner may withdraw and restore what was never public
    expect(204, app.json("DELETE", "/api/v1/projects/" + projectId, null, RESEARCHER));
    expect(409, action("withdraw", RESEARCHER, null));
    assertEquals(
        "draft", body(expect(200, action("restore", RESEARCHER, null))).getString("state"));
    expect(200, action("publish", EDITOR, null));
    expect(200, action("withdraw", EDITOR, "{\"comment\":\"Duplikat\"}"));
    expect(403, action("restore", RESEARCHER, null));
    assertEquals(
        "published", body(expect(200, action("restore", EDITOR, null))).getString("state"));
    expect(404, app.json("POST", "/api/v1/projects/" + projectId + "/approve", null, EDITOR));
    expect(404, app.json("POST", "/api/v1/projects/no-such-id/submit", null, EDITOR));
  }

  @Test
  @Order(6)
  void coOwnersMayChangeAndSeeTheRecord() throws Exception {
    var draft =
        body(
            expect(
                201,
                app.json(
                    "POST",
                    "/api/v1/publications",
                    "{\"title\":\"Felles utkast\",\"publicationType\":\"report\",\"year\":2025}",
                    RESEARCHER)));
    String id = draft.getString("id");
    String path = "/api/v1/publications/" + id;
    expect(404, app.json("GET", path, null, OTHER));
    expect(400, app.json("POST", path + "/co-owners", "{\"username\":\"nobody\"}", RESEARCHER));
    expect(404, app.json("POST", path + "/co-owners", "{\"username\":\"olav\"}", OTHER));
    var shared =
        body(
            expect(
                200, app.json("POST", path + "/co-owners", "{\"username\":\"olav\"}", RESEARCHER)));
    assertEquals(
        List.of("olav"),
        shared.getJsonArray("coOwners").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    expect(200, app.json("GET", path, null, OTHER));
    // a co-owner finds the draft in search
    awaitHits("utkast", OTHER, 1);
    expect(200, app.json("POST", path + "/submit", null, OTHER));
    expect(
        403,
        app.json("POST", path + "/co-owners", "{\"username\":\"edith\"}", OTHER),
        "only the owner or an editor adds co-owners");
    expect(200, app.json("DELETE", path + "/co-owners/olav", null, OTHER));
    expect(404, app.json("GET", path, null, OTHER));
  }

  static HttpResponse<String> expect(int status, HttpResponse<String> response, String why) {
    assertEquals(status, response.statusCode(), () -> why + ": " + response.body());
    return response;
  }

  @Test
  @Order(7)
  void browserSessionNeedsTheCsrfTokenForChanges() throws Exception {
    var signIn =
        expect(
            200,
            app.json(
                "POST",
                "/api/v1/session",
                "{\"username\":\"rita\",\"password\":\"rita-passord-123\"}",
                null));
    String setCookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(setCookie.contains("HttpOnly"), setCookie);
    assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
    assertFalse(setCookie.contains("Secure"), "not over plain HTTP: " + setCookie);
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    String csrf = body(signIn).getString("csrfToken");
    assertEquals("rita", body(signIn).getJsonObject("user").getString("username"));

    String project = "{\"title\":\"Fra nettleseren\",\"status\":\"planned\"}";
    expect(200, app.json("GET", "/api/v1/me", null, null, "Cookie", cookie));
    expect(403, app.json("POST", "/api/v1/projects", project, null, "Cookie", cookie));
    expect(
        403,
        app.json(
            "POST", "/api/v1/projects", project, null, "Cookie", cookie, "X-CSRF-Token", "guess"));
    expect(
        201,
        app.json(
            "POST", "/api/v1/projects", project, null, "Cookie", cookie, "X-CSRF-Token", csrf));
    assertEquals(
        csrf,
        body(expect(200, app.json("GET", "/api/v1/session", null, null, "Cookie", cookie)))
            .getString("csrfToken"));

    expect(
        204,
        app.json("DELETE", "/api/v1/session", null, null, "Cookie", cookie, "X-CSRF-Token", csrf));
    expect(401, app.json("GET", "/api/v1/me", null, null, "Cookie", cookie));
    expect(401, app.json("GET", "/api/v1/session", null, null, "Cookie", cookie));
  }

  @Test
  @Order(8)
  void signInAnswersDoNotRevealUsersAndGuessingIsThrottled() throws Exception {
    var unknown =
        expect(
            401,
            app.json(
                "POST",
                "/api/v1/session",
                "{\"username\":\"ingen\",\"password\":\"feil-passord\"}",
                null));
    var wrong =
        expect(
            401,
            app.json(
                "POST",
                "/api/v1/session",
                "{\"username\":\"olav\",\"password\":\"feil-passord\"}",
                null));
    assertEquals(body(unknown).getString("detail"), body(wrong).getString("detail"));
    expect(400, app.json("POST", "/api/v1/session", "{\"username\":\"olav\"}", null));
    expect(400, app.json("POST", "/api/v1/session", null, null));

    HttpResponse<String> last = null;
    for (int i = 0; i < 8; i++) {
      last = app.json("GET", "/api/v1/me", null, "olav:feil-passord-" + i);
    }
    expect(429, last);
    assertTrue(last.headers().firstValue("Retry-After").isPresent());
    // even the right password waits until the pause is over
    expect(429, app.json("GET", "/api/v1/me", null, OTHER));
    // other accounts are not affected
    expect(200, app.json("GET", "/api/v1/me", null, RESEARCHER));
  }

  @Test
  @Order(9)
  void apiTokensAreShownOnceStoredHashedAndRevocable() throws Exception {
    expect(401, app.json("POST", "/api/v1/me/tokens", "{\"name\":\"skript\"}", null));
    expect(400, app.json("POST", "/api/v1/me/tokens", "{\"name\":\"\"}", RESEARCHER));
    expect(
        400,
        app.json("POST", "/api/v1/me/tokens", "{\"name\":\"x\",\"expiresInDays\":0}", RESEARCHER));
    JsonObject created =
        body(
            expect(
                201,
                app.json(
                    "POST",
                    "/api/v1/me/tokens",
                    "{\"name\":\"skript\",\"expiresInDays\":30}",
                    RESEARCHER)));
    String token = created.getString("token");
    assertTrue(token.startsWith("kbt_"));
    var listed =
        parse(expect(200, app.json("GET", "/api/v1/me/tokens", null, RESEARCHER))).asJsonArray();
    assertEquals(1, listed.size());
    assertNull(listed.getJsonObject(0).get("token"), "the token is shown only once");

    var me =
        app.send(
            HttpRequest.newBuilder(app.uri("/api/v1/me"))
                .header("Authorization", "Bearer " + token),
            null);
    assertEquals("rita", body(expect(200, me)).getString("username"));
    var wrong =
        app.send(
            HttpRequest.newBuilder(app.uri("/api/v1/me"))
                .header("Authorization", "Bearer kbt_wrong"),
            null);
    expect(401, wrong);

    expect(404, app.json("DELETE", "/api/v1/me/tokens/" + created.getString("id"), null, EDITOR));
    expect(
        204, app.json("DELETE", "/api/v1/me/tokens/" + created.getString("id"), null, RESEARCHER));
    expect(
        401,
        app.send(
            HttpRequest.newBuilder(app.uri("/api/v1/me"))
                .header("Authorization", "Bearer " + token),
            null));
  }

  @Test
  @Order(10)
  void passwordChangeNeedsTheCurrentPassword() throws Exception {
    expect(
        400,
        app.json(
            "PUT",
            "/api/v1/me/password",
            "{\"currentPassword\":\"feil\",\"newPassword\":\"nytt-passord-123\"}",
            EDITOR));
    expect(
        400,
        app.json(
            "PUT",
            "/api/v1/me/password",
            "{\"currentPassword\":\"edith-passord-123\",\"newPassword\":\"kort\"}",
            EDITOR));
    expect(
        204,
        app.json(
            "PUT",
            "/api/v1/me/password",
            "{\"currentPassword\":\"edith-passord-123\",\"newPassword\":\"nytt-passord-123\"}",
            EDITOR));
    expect(401, app.json("GET", "/api/v1/me", null, EDITOR));
    expect(200, app.json("GET", "/api/v1/me", null, "edith:nytt-passord-123"));
    expect(
        204,
        app.json(
            "PUT",
            "/api/v1/me/password",
            "{\"currentPassword\":\"nytt-passord-123\",\"newPassword\":\"edith-passord-123\"}",
            "edith:nytt-passord-123"));
  }

  @Test
  @Order(11)
  void editorsCurateFeaturedRecordsAndThemes() throws Exception {
    var draft =
        body(
            app.json(
                "POST",
                "/api/v1/projects",
                "{\"title\":\"Uferdig\",\"status\":\"planned\"}",
                RESEARCHER));
    expect(
        403,
        app.json("POST", "/api/v1/featured", "{\"itemId\":\"" + projectId + "\"}", RESEARCHER));
    expect(400, app.json("POST", "/api/v1/featured", "{\"itemId\":\"nope\"}", EDITOR));
    expect(
        400,
        app.json(
            "POST",
            "/api/v1/featured",
            "{\"itemId\":\"" + projectId + "\",\"from\":\"2026-02-01\",\"to\":\"2026-01-01\"}",
            EDITOR));
    expect(
        400,
        app.json(
            "POST",
            "/api/v1/featured",
            "{\"itemId\":\"" + projectId + "\",\"from\":\"februar\"}",
            EDITOR));
    expect(
        201,
        app.json(
            "POST",
            "/api/v1/featured",
            "{\"itemId\":\""
                + projectId
                + "\",\"teaser\":\"Slik kommer folk tilbake i jobb\",\"teaserEn\":\"How people get back to work\"}",
            EDITOR));
    expect(
        201,
        app.json(
            "POST",
            "/api/v1/featured",
            "{\"itemId\":\"" + projectId + "\",\"from\":\"2099-01-01\"}",
            EDITOR));
    expect(
        201,
        app.json(
            "POST", "/api/v1/featured", "{\"itemId\":\"" + draft.getString("id") + "\"}", EDITOR));
    var featured = parse(expect(200, app.get("/api/v1/featured"))).asJsonArray();
    String all = app.json("GET", "/api/v1/featured?all=true", null, EDITOR).body();
    assertEquals(1, featured.size(), () -> "only current entries of published records: " + all);
    assertEquals("Slik kommer folk tilbake i jobb", featured.getJsonObject(0).getString("teaser"));
    assertEquals(projectId, featured.getJsonObject(0).getJsonObject("item").getString("id"));
    expect(401, app.get("/api/v1/featured?all=true"));
    expect(400, app.json("GET", "/api/v1/featured?all=yes", null, EDITOR));
    assertEquals(
        3,
        parse(expect(200, app.json("GET", "/api/v1/featured?all=true", null, EDITOR)))
            .asJsonArray()
            .size());

    String theme =
        "{\"slug\":\"tilbake-til-arbeid\",\"title\":\"Tilbake til arbeid\",\"introduction\":\"Kunnskap om veien tilbake.\",\"itemIds\":[\""
            + projectId
            + "\",\""
            + draft.getString("id")
            + "\"]}";
    expect(403, app.json("POST", "/api/v1/themes", theme, RESEARCHER));
    expect(
        400,
        app.json(
            "POST", "/api/v1/themes", theme.replace("tilbake-til-arbeid", "Ikke Gyldig"), EDITOR));
    expect(201, app.json("POST", "/api/v1/themes", theme, EDITOR));
    expect(409, app.json("POST", "/api/v1/themes", theme, EDITOR));
    JsonObject publicTheme = body(expect(200, app.get("/api/v1/themes/tilbake-til-arbeid")));
    assertEquals(
        1, publicTheme.getJsonArray("items").size(), "the public sees published records only");
    assertEquals(1, parse(app.get("/api/v1/themes")).asJsonArray().size());
    expect(404, app.get("/api/v1/themes/finnes-ikke"));
    expect(204, app.json("DELETE", "/api/v1/themes/tilbake-til-arbeid", null, EDITOR));
    expect(404, app.get("/api/v1/themes/tilbake-til-arbeid"));
  }

  @Test
  @Order(12)
  void securityHeadersAndNoPasswordInTheLog() throws Exception {
    var response = app.get("/api/v1/search?q=arbeid");
    String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), csp);
    assertFalse(csp.contains("unsafe-inline"), csp);
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(
        response.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over HTTP");
    var behindTls =
        app.send(
            HttpRequest.newBuilder(app.uri("/health/live")).header("X-Forwarded-Proto", "https"),
            null);
    assertTrue(behindTls.headers().firstValue("Strict-Transport-Security").isPresent());

    try (Stream<Path> logs = Files.list(Path.of("target", "it-logs"))) {
      for (Path log :
          logs.filter(p -> p.getFileName().toString().startsWith("workflow-")).toList()) {
        String text = Files.readString(log);
        for (String secret :
            List.of(
                RunningApp.ADMIN_PASSWORD,
                "rita-passord-123",
                "edith-passord-123",
                "nytt-passord-123")) {
          assertFalse(text.contains(secret), "a password is in " + log);
        }
      }
    }
  }
}
