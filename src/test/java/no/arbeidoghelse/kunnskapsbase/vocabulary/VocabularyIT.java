package no.arbeidoghelse.kunnskapsbase.vocabulary;

import static no.arbeidoghelse.kunnskapsbase.testing.RunningApp.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * Editors keep the field's vocabulary: two instances on one MariaDB, an entry added, changed and
 * removed on one, and searches on both follow within {@link #APPLIED_WITHIN_MS}, without a restart
 * or a rebuild; the history keeps every change; bad requests get a problem that says what is wrong.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VocabularyIT {

  static final String ADMIN = "admin:" + RunningApp.ADMIN_PASSWORD;
  static final String EDITOR = "redaktor5:redaktor-passord-5";
  static final String RESEARCHER = "forsker5:forsker-passord-5";
  static final long APPLIED_WITHIN_MS = 5_000;

  static TestDatabase database;
  static RunningApp first;
  static RunningApp second;
  static String norwegianRecord;
  static String englishRecord;
  static String entry;

  @BeforeAll
  static void start() throws Exception {
    database = TestDatabase.mariaDb();
    first = RunningApp.onMariaDb("vocabulary-1", database).start();
    first.createUser(EDITOR, "editor");
    first.createUser(RESEARCHER, "researcher");
    norwegianRecord =
        created(
            "/api/v1/publications",
            "{\"title\": \"Arbeidsdeltakelse ved øresus\", \"language\": \"nb\","
                + " \"publicationType\": \"article\", \"year\": 2025}");
    englishRecord =
        created(
            "/api/v1/publications",
            "{\"title\": \"Return to work after occupational burnout\", \"language\": \"en\","
                + " \"publicationType\": \"article\", \"year\": 2025}");
    // started after the records exist: it indexes them at start-up (records changed on one
    // instance reaching the other's index is the change log's work, not the vocabulary's)
    second = RunningApp.onMariaDb("vocabulary-2", database).start();
  }

  @AfterAll
  static void stop() throws Exception {
    for (var app : new RunningApp[] {first, second}) {
      if (app != null) {
        app.close();
      }
    }
    if (database != null) {
      database.close();
    }
  }

  static String created(String path, String json) throws Exception {
    var response = first.json("POST", path, json, ADMIN);
    assertEquals(201, response.statusCode(), response::body);
    return parse(response).asJsonObject().getString("id");
  }

  static boolean finds(RunningApp app, String query, String id) throws Exception {
    var response =
        app.json(
            "GET",
            "/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
            null,
            null);
    assertEquals(200, response.statusCode(), response::body);
    return parse(response).asJsonObject().getJsonArray("hits").stream()
        .anyMatch(hit -> hit.asJsonObject().getString("id").equals(id));
  }

  /** Waits until a search on the instance finds the record (or no longer does); the time taken. */
  static long await(RunningApp app, String query, String id, boolean found) throws Exception {
    long begin = System.nanoTime();
    while (true) {
      long elapsed = (System.nanoTime() - begin) / 1_000_000;
      if (finds(app, query, id) == found) {
        return elapsed;
      }
      if (elapsed > APPLIED_WITHIN_MS) {
        throw new AssertionError(
            "'"
                + query
                + "' "
                + (found ? "finds" : "still finds")
                + " nothing new after "
                + elapsed
                + " ms");
      }
      Thread.sleep(100);
    }
  }

  static HttpResponse<String> send(
      String method, String path, String body, String who, String... headers) throws Exception {
    return first.json(method, path, body, who, headers);
  }

  @Test
  @Order(1)
  void anEditorsEntryReachesTheSearchesOfEveryInstanceWithinSeconds() throws Exception {
    await(first, "øresus", norwegianRecord, true);
    await(second, "øresus", norwegianRecord, true);
    assertFalse(finds(first, "tinnitus", norwegianRecord));
    assertFalse(finds(second, "tinnitus", norwegianRecord));

    var response =
        send(
            "POST",
            "/api/v1/vocabulary",
            "{\"language\": \"nb\", \"terms\": [\" Tinnitus \", \"øresus\"],"
                + " \"note\": \"Forkortelse brukt i NAV\"}",
            EDITOR);
    assertEquals(201, response.statusCode(), response::body);
    JsonObject json = parse(response).asJsonObject();
    entry = json.getString("id");
    assertEquals(List.of("Tinnitus", "øresus"), strings(json, "terms"));
    assertEquals("redaktor5", json.getString("owner"));
    assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith(entry));
    assertEquals(
        "\"" + json.getInt("version") + "\"", response.headers().firstValue("ETag").orElseThrow());

    long here = await(first, "tinnitus", norwegianRecord, true);
    long there = await(second, "tinnitus", norwegianRecord, true);
    System.out.printf(
        "vocabulary entry searchable after %d ms here, %d ms on the other instance%n", here, there);

    var english =
        send(
            "POST",
            "/api/v1/vocabulary",
            "{\"language\": \"en\", \"terms\": [\"exhaustion disorder\", \"occupational burnout\"]}",
            EDITOR);
    assertEquals(201, english.statusCode(), english::body);
    await(second, "exhaustion disorder", englishRecord, true);
  }

  @Test
  @Order(2)
  void aChangedEntryIsUsedAsChangedAndARemovedOneNoLonger() throws Exception {
    var read = first.get("/api/v1/vocabulary/" + entry);
    assertEquals(200, read.statusCode(), read::body);
    String etag = read.headers().firstValue("ETag").orElseThrow();
    var changed =
        send(
            "PUT",
            "/api/v1/vocabulary/" + entry,
            "{\"language\": \"nb\", \"terms\": [\"øresus\", \"hørselssus\", \"ringing i ørene\"]}",
            EDITOR,
            "If-Match",
            etag);
    assertEquals(200, changed.statusCode(), changed::body);
    await(second, "ringing i ørene", norwegianRecord, true);
    await(second, "tinnitus", norwegianRecord, false);

    var stale =
        send(
            "PUT",
            "/api/v1/vocabulary/" + entry,
            "{\"language\": \"nb\", \"terms\": [\"a\", \"b\"]}",
            EDITOR,
            "If-Match",
            etag);
    problem(stale, 412, "has changed");

    assertEquals(204, send("DELETE", "/api/v1/vocabulary/" + entry, null, EDITOR).statusCode());
    await(first, "ringing i ørene", norwegianRecord, false);
    await(second, "ringing i ørene", norwegianRecord, false);
    assertEquals(404, first.get("/api/v1/vocabulary/" + entry).statusCode());
  }

  @Test
  @Order(3)
  void everyChangeIsKept() throws Exception {
    var history = first.get("/api/v1/vocabulary/" + entry + "/history");
    assertEquals(200, history.statusCode(), history::body);
    var changes = parse(history).asJsonObject().getJsonArray("items");
    assertEquals(
        List.of("removed", "changed", "created"),
        changes.stream().map(c -> c.asJsonObject().getString("action")).toList());
    JsonObject change = changes.getJsonObject(1);
    assertEquals("redaktor5", change.getString("actor"));
    assertEquals(List.of("Tinnitus", "øresus"), strings(change, "previousTerms"));
    assertEquals(3, strings(change, "terms").size());
    assertTrue(strings(changes.getJsonObject(0), "terms").isEmpty());

    var all = parse(first.get("/api/v1/vocabulary/history?size=10")).asJsonObject();
    assertEquals(4, all.getInt("total"));
    var list = parse(first.get("/api/v1/vocabulary?language=en&q=BURNOUT")).asJsonObject();
    assertEquals(1, list.getInt("total"));
  }

  @Test
  @Order(4)
  void badRequestsAreToldWhatIsWrong() throws Exception {
    String good = "{\"language\": \"nb\", \"terms\": [\"IA\", \"inkluderende arbeidsliv\"]}";
    problem(send("POST", "/api/v1/vocabulary", good, null), 401, "");
    problem(send("POST", "/api/v1/vocabulary", good, RESEARCHER), 403, "editors");
    problem(
        send("POST", "/api/v1/vocabulary", "{\"language\": \"nb\", \"terms\": [\"IA\"]}", EDITOR),
        400,
        "from 2 to 20 terms");
    problem(
        send(
            "POST",
            "/api/v1/vocabulary",
            "{\"language\": \"nb\", \"terms\": [\"IA\", \"a, b => c\"]}",
            EDITOR),
        400,
        "terms[1]");
    problem(
        send(
            "POST",
            "/api/v1/vocabulary",
            "{\"language\": \"nb\", \"terms\": [\"IA\", \"ia\"]}",
            EDITOR),
        400,
        "listed twice");
    problem(
        send(
            "POST",
            "/api/v1/vocabulary",
            "{\"language\": \"se\", \"terms\": [\"IA\", \"IB\"]}",
            EDITOR),
        400,
        "language");
    problem(send("POST", "/api/v1/vocabulary", "{\"terms\": 3}", EDITOR), 400, "terms");
    problem(first.get("/api/v1/vocabulary?language=xx"), 400, "language");
    problem(first.get("/api/v1/vocabulary?page=0"), 400, "page");
    problem(first.get("/api/v1/vocabulary/nope/history"), 404, "nope");

    var created = send("POST", "/api/v1/vocabulary", good, EDITOR);
    String id = parse(created).asJsonObject().getString("id");
    problem(send("PUT", "/api/v1/vocabulary/" + id, good, EDITOR), 428, "If-Match");
  }

  /** A problem document with this status whose detail names what is wrong. */
  static void problem(HttpResponse<String> response, int status, String detail) {
    String said = ProblemAnswers.assertProblem(response, status).getString("detail", "");
    assertTrue(said.contains(detail), () -> "'" + detail + "' in: " + said);
  }

  static List<String> strings(JsonObject json, String name) {
    return json.getJsonArray(name).stream()
        .map(v -> ((jakarta.json.JsonString) v).getString())
        .toList();
  }
}
