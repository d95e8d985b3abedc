package no.arbeidoghelse.kunnskapsbase;

import static no.arbeidoghelse.kunnskapsbase.testing.RunningApp.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.arbeidoghelse.kunnskapsbase.testing.ProblemAnswers;
import no.arbeidoghelse.kunnskapsbase.testing.RunningApp;
import no.arbeidoghelse.kunnskapsbase.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The attacks of the hardening review, each as it was reproduced, against the packaged jar on
 * MariaDB and on the embedded database: one canonical username, bounded query cost, strict input,
 * sessions and tokens after password changes, hidden records staying hidden, no information leaks.
 */
class HardeningIT {

  static final String ADMIN = "admin:" + RunningApp.ADMIN_PASSWORD;

  static TestDatabase database;
  static RunningApp onMariaDb;
  static RunningApp embedded;

  @TempDir static Path files;

  @BeforeAll
  static void start() throws Exception {
    database = TestDatabase.mariaDb();
    onMariaDb = RunningApp.onMariaDb("hardening-mariadb", database).start();
    embedded = RunningApp.embedded("hardening-embedded").with("KB_SAMPLE_DATA", "false").start();
    for (RunningApp app : List.of(onMariaDb, embedded)) {
      app.createUser("rita:rita-password-1", "researcher");
      app.createUser("rolf:rolf-password-1", "researcher");
      app.createUser("eva:eva-password-1", "editor");
    }
  }

  @AfterAll
  static void stop() throws Exception {
    for (RunningApp app : new RunningApp[] {onMariaDb, embedded}) {
      if (app != null) {
        app.close();
      }
    }
    if (database != null) {
      database.close();
    }
  }

  static Stream<RunningApp> apps() {
    return Stream.of(onMariaDb, embedded);
  }

  private static JsonObject body(HttpResponse<String> response) {
    return parse(response).asJsonObject();
  }

  /** A problem answer with this status whose detail names nothing of the server's insides. */
  private static JsonObject assertProblem(HttpResponse<String> response, int status) {
    JsonObject problem = ProblemAnswers.assertProblem(response, status);
    assertFalse(
        Pattern.compile("(?i)yasson|jakarta\\.|java\\.|eclipse|parsson|invalid token|exception")
            .matcher(response.body())
            .find(),
        response::body);
    return problem;
  }

  private static String create(RunningApp app, String credentials, String json) throws Exception {
    var created = app.json("POST", "/api/v1/projects", json, credentials);
    assertEquals(201, created.statusCode(), created::body);
    return body(created).getString("id");
  }

  @ParameterizedTest(autoCloseArguments = false) // the apps are closed once, after all tests
  @MethodSource("apps")
  void usernamesHaveOneCanonicalForm(RunningApp app) throws Exception {
    // a trailing space is no way around the throttle: it is no account at all
    assertProblem(app.json("GET", "/api/v1/me", null, "rita :rita-password-1"), 401);
    // another case is the same account, and what it creates belongs to that account
    String id =
        create(
            app, "RITA:rita-password-1", "{\"title\":\"Store bokstaver\",\"status\":\"planned\"}");
    var read = app.json("GET", "/api/v1/projects/" + id, null, "rita:rita-password-1");
    assertEquals(200, read.statusCode(), read::body);
    assertEquals("rita", body(read).getString("owner"));
    // the throttle counts the canonical name: guesses as "TINA", "Tina" and "tina" add up
    String tina = "tina-" + (app == embedded ? "e" : "m");
    app.createUser(tina + ":tina-password-1", "researcher");
    for (int i = 0; i < 6; i++) {
      String spelling =
          i % 2 == 0 ? tina.toUpperCase() : tina.substring(0, 1).toUpperCase() + tina.substring(1);
      assertEquals(401, app.json("GET", "/api/v1/me", null, spelling + ":wrong-" + i).statusCode());
    }
    assertProblem(app.json("GET", "/api/v1/me", null, tina + ":tina-password-1"), 429);
  }

  @ParameterizedTest(autoCloseArguments = false) // the apps are closed once, after all tests
  @MethodSource("apps")
  void costlyQueriesAreBoundedAndNeverFail(RunningApp app) throws Exception {
    create(app, "eva:eva-password-1", "{\"title\":\"Ordning for arbeid\",\"status\":\"planned\"}");
    for (String path :
        List.of("/api/v1/search?q=a~%20a~%20a~%20a~%20a~", "/sok?q=a~+a~+a~+a~+a~")) {
      var answer = app.get(path);
      assertEquals(200, answer.statusCode(), answer::body);
    }
    String fuzzy =
        String.join(" ", IntStream.range(0, 32).mapToObj(n -> "ord" + n + "~2").toList());
    var limited = app.get("/api/v1/search?q=" + URLEncoder.encode(fuzzy, StandardCharsets.UTF_8));
    assertEquals(200, limited.statusCode(), limited::body);
    assertTrue(body(limited).getString("queryNotice").contains("~"), limited::body);
    var page = app.get("/sok?q=" + URLEncoder.encode(fuzzy, StandardCharsets.UTF_8));
    assertTrue(page.body().contains("kb-notice"), "the page shows the notice");
  }

  @ParameterizedTest(autoCloseArguments = false) // the apps are closed once, after all tests
  @MethodSource("apps")
  void jsonIsReadStrictly(RunningApp app) throws Exception {
    String researcher = "rolf:rolf-password-1";
    for (String body :
        List.of(
            "{\"title\":\"x\",\"status\":\"planned\",\"funding\":[null]}",
            "{\"title\":\"x\",\"status\":\"planned\",\"keywords\":[\"a\",null]}",
            "{\"title\":[\"x\"],\"status\":\"planned\"}",
            "{\"title\":123,\"status\":\"planned\"}",
            "{\"title\":\"a\",\"title\":\"b\",\"status\":\"planned\"}",
            "{\"title\":\"a\",\"status\":\"planned\"} trailing",
            "{\"title\":\"x\\ud800y\",\"status\":\"planned\"}",
            "{\"title\":\"x\",\"status\":\"planned\",\"startDate\":\"+99999-01-01\"}",
            "{\"title\":\"x\",\"status\":\"planned\",\"startDate\":\"-0001-01-01\"}",
            "{\"title\":\"x\",\"status\":\"planned\",\"startDate\":\"0000-01-01\"}",
            "{\"title\":\"x\",\"status\":\"planned\",\"sectors\":\"health\"}",
            "{\"title\":\"x\",\"status\":\"planned\",\"unknown\":1}",
            "{\"title\":\"x\",}",
            "[1]")) {
      assertProblem(app.json("POST", "/api/v1/projects", body, researcher), 400);
    }
    var invalidUtf8 =
        app.send(
            HttpRequest.newBuilder(app.uri("/api/v1/projects"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofByteArray(
                        new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, '"', '}'})),
            researcher);
    assertProblem(invalidUtf8, 400);
    // the widest dates both databases keep as they are
    String id =
        create(
            app,
            researcher,
            "{\"title\":\"Lang\",\"status\":\"planned\",\"startDate\":\"0001-01-01\","
                + "\"endDate\":\"9999-12-31\"}");
    var read = body(app.json("GET", "/api/v1/projects/" + id, null, researcher));
    assertEquals("0001-01-01", read.getString("startDate"));
    assertEquals("9999-12-31", read.getString("endDate"));
    // a supplementary character (a pair of surrogates) is text like any other
    String emoji =
        create(app, researcher, "{\"title\":\"Glad \\ud83d\\ude00\",\"status\":\"planned\"}");
    assertEquals(
        "Glad \uD83D\uDE00",
        body(app.json("GET", "/api/v1/projects/" + emoji, null, researcher)).getString("title"));
  }

  @ParameterizedTest(autoCloseArguments = false) // the apps are closed once, after all tests
  @MethodSource("apps")
  void uploadedFileNamesKeepTheirLetters(RunningApp app) throws Exception {
    String id = create(app, "rolf:rolf-password-1", "{\"title\":\"Møter\",\"status\":\"planned\"}");
    Path file = Files.writeString(files.resolve("møte.txt"), "Referat fra møtet om arbeid.");
    var uploaded =
        app.upload("/api/v1/projects/" + id + "/documents", file, "rolf:rolf-password-1");
    assertEquals(202, uploaded.statusCode(), uploaded::body);
    assertEquals("møte.txt", body(uploaded).getString("filename"));
  }

  @ParameterizedTest(autoCloseArguments = false) // the apps are closed once, after all tests
  @MethodSource("apps")
  void passwordChangesEndSessionsAndMayRevokeTokens(RunningApp app) throws Exception {
    String user = "pia-" + (app == embedded ? "e" : "m");
    app.createUser(user + ":pia-password-1", "researcher");
    var signIn =
        app.json(
            "POST",
            "/api/v1/session",
            "{\"username\":\"" + user + "\",\"password\":\"pia-password-1\"}",
            null);
    assertEquals(200, signIn.statusCode(), signIn::body);
    String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    var token =
        body(app.json(
                "POST", "/api/v1/me/tokens", "{\"name\":\"skript\"}", user + ":pia-password-1"))
            .getString("token");
    assertEquals(
        200, app.json("GET", "/api/v1/session", null, null, "Cookie", cookie).statusCode());

    // an administrator resets the password: the session ends, the token stays unless asked
    var reset =
        app.json("PUT", "/api/v1/users/" + user, "{\"password\":\"pia-password-2\"}", ADMIN);
    assertEquals(200, reset.statusCode(), reset::body);
    assertProblem(app.json("GET", "/api/v1/session", null, null, "Cookie", cookie), 401);
    assertEquals(
        200,
        app.json("GET", "/api/v1/me", null, null, "Authorization", "Bearer " + token).statusCode());

    // the user changes it again and revokes every token with it
    var change =
        app.json(
            "PUT",
            "/api/v1/me/password",
            "{\"currentPassword\":\"pia-password-2\",\"newPassword\":\"pia-password-3\","
                + "\"revokeTokens\":true}",
            user + ":pia-password-2");
    assertEquals(204, change.statusCode(), change::body);
    assertProblem(
        app.json("GET", "/api/v1/me", null, null, "Authorization", "Bearer " + token), 401);

    // someone who took over a browser session cannot guess the password through this call: wrong
    // current passwords are throttled like wrong sign-ins
    var again =
        app.json(
            "POST",
            "/api/v1/session",
            "{\"username\":\"" + user + "\",\"password\":\"pia-password-3\"}",
            null);
    String session = again.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    String csrf = body(again).getString("csrfToken");
    int throttled = 0;
    for (int i = 0; i < 7; i++) {
      var guess =
          app.json(
              "PUT",
              "/api/v1/me/password",
              "{\"currentPassword\":\"guess-" + i + "\",\"newPassword\":\"pia-password-4\"}",
              null,
              "Cookie",
              session,
              "X-CSRF-Token",
              csrf);
      if (guess.statusCode() == 429) {
        throttled++;
        assertTrue(guess.headers().firstValue("Retry-After").isPresent());
      } else {
        assertProblem(guess, 400);
      }
    }
    assertTrue(throttled > 0, "wrong current passwords are throttled");
  }

  @ParameterizedTest(autoCloseArguments = false) // the apps are closed once, after all tests
  @MethodSource("apps")
  void recordsOthersCannotSeeStayHiddenWhenLinked(RunningApp app) throws Exception {
    String hidden =
        create(app, "rita:rita-password-1", "{\"title\":\"Ritas utkast\",\"status\":\"planned\"}");
    String missing = "00000000-0000-0000-0000-000000000000";
    var toHidden =
        app.json(
            "POST",
            "/api/v1/publications",
            "{\"title\":\"Rolfs artikkel\",\"publicationType\":\"article\",\"projectIds\":[\""
                + hidden
                + "\"]}",
            "rolf:rolf-password-1");
    var toMissing =
        app.json(
            "POST",
            "/api/v1/publications",
            "{\"title\":\"Rolfs artikkel\",\"publicationType\":\"article\",\"projectIds\":[\""
                + missing
                + "\"]}",
            "rolf:rolf-password-1");
    JsonObject hiddenProblem = assertProblem(toHidden, 400);
    JsonObject missingProblem = assertProblem(toMissing, 400);
    assertEquals(
        missingProblem.getString("detail").replace(missing, "ID"),
        hiddenProblem.getString("detail").replace(hidden, "ID"),
        "a hidden record reads exactly like one that does not exist");
    assertFalse(hiddenProblem.getString("detail").contains("project,"));
  }

  @ParameterizedTest(autoCloseArguments = false) // the apps are closed once, after all tests
  @MethodSource("apps")
  void curatedPositionsDoNotOverflow(RunningApp app) throws Exception {
    String id =
        create(app, "eva:eva-password-1", "{\"title\":\"Fremhevet\",\"status\":\"ongoing\"}");
    assertProblem(
        app.json(
            "POST",
            "/api/v1/featured",
            "{\"itemId\":\"" + id + "\",\"position\":2147483647}",
            "eva:eva-password-1"),
        400);
    var last =
        app.json(
            "POST",
            "/api/v1/featured",
            "{\"itemId\":\"" + id + "\",\"position\":1000000}",
            "eva:eva-password-1");
    assertEquals(201, last.statusCode(), last::body);
    String other =
        create(app, "eva:eva-password-1", "{\"title\":\"Neste\",\"status\":\"ongoing\"}");
    var next =
        app.json(
            "POST", "/api/v1/featured", "{\"itemId\":\"" + other + "\"}", "eva:eva-password-1");
    assertEquals(201, next.statusCode(), next::body);
    assertEquals(1_000_000, body(next).getInt("position"));
  }

  @ParameterizedTest(autoCloseArguments = false) // the apps are closed once, after all tests
  @MethodSource("apps")
  void theServerTellsNothingAboutItself(RunningApp app) throws Exception {
    assertNotEquals(200, app.get("/metrics").statusCode());
    assertNotEquals(200, app.get("/metrics/vendor").statusCode());
    assertEquals(404, app.get("/api/application.wadl").statusCode());
    var options =
        app.send(
            HttpRequest.newBuilder(app.uri("/api/v1/projects"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()),
            null);
    assertFalse(options.body().contains("wadl"), options::body);
    assertTrue(options.headers().firstValue("Server").isEmpty(), "no Server header");
    String forged = withForgedHost(app, "/sitemap.xml", "evil.example");
    assertTrue(forged.startsWith("HTTP/1.1 200"), forged);
    assertFalse(forged.contains("evil.example"), forged);
  }

  /** The raw answer to a GET that names another host (HTTP clients refuse to forge Host). */
  private static String withForgedHost(RunningApp app, String path, String host) throws Exception {
    var address = app.uri("/");
    try (var socket = new java.net.Socket(address.getHost(), address.getPort())) {
      socket
          .getOutputStream()
          .write(
              ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aDamagedIndexIsRebuiltAtStartUp() throws Exception {
    create(
        embedded, "eva:eva-password-1", "{\"title\":\"Arbeid og helse\",\"status\":\"ongoing\"}");
    embedded.stop();
    Path index = embedded.dataDir().resolve("index");
    List<Path> segments;
    try (Stream<Path> walk = Files.walk(index)) {
      segments =
          walk.filter(p -> p.getFileName().toString().matches("_\\w+\\.(cfs|fdt|doc|tim)"))
              .toList();
    }
    assertFalse(segments.isEmpty(), "the index has segment files");
    for (Path segment : segments) {
      byte[] bytes = Files.readAllBytes(segment);
      bytes[bytes.length / 2] ^= 0x5A;
      Files.write(segment, bytes);
    }
    // while it starts, nothing that answers names the server or its version
    List<String> early = new java.util.concurrent.CopyOnWriteArrayList<>();
    var watcher =
        Thread.ofPlatform()
            .start(
                () -> {
                  while (!Thread.currentThread().isInterrupted()) {
                    try {
                      early.add(embedded.get("/api/v1/projects").body());
                    } catch (java.io.IOException notListening) {
                      // not listening yet
                    } catch (InterruptedException e) {
                      return;
                    }
                    try {
                      Thread.sleep(50);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
    embedded.start();
    watcher.interrupt();
    watcher.join();
    assertTrue(
        early.stream().noneMatch(body -> body.contains("Payara") || body.contains("Error report")),
        () -> "an answer during start-up named the server: " + early);
    var found = embedded.get("/api/v1/search?q=arbeid");
    assertEquals(200, found.statusCode(), found::body);
    assertTrue(body(found).getInt("total") > 0, found::body);
  }
}
